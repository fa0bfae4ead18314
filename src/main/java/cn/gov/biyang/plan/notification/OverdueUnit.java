package cn.gov.biyang.plan.notification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * A unit with overdue items, how often it was nudged about them (earlier nudges that named any of them), and the level
 * the next nudge will have.
 */
public record OverdueUnit(Long unitId, String unitName, List<OverdueItem> items, int nudgesSoFar,
                          NudgeLevel nextLevel) {

    /** @param key the item's identity as reminders know it ({@link DueItem#key()}) */
    public record OverdueItem(String key, String title, LocalDate dueOn, long daysOverdue, String link) {
    }

    /** The same unit with only the items whose keys are given (in their order of due date). */
    public OverdueUnit onlyItems(Collection<String> keys) {
        return new OverdueUnit(unitId, unitName, items.stream().filter(i -> keys.contains(i.key())).toList(),
                nudgesSoFar, nextLevel);
    }
}
