package cn.gov.biyang.plan.notification;

import java.util.List;

/** A unit with overdue items, how often it was nudged, and the level the next nudge will have. */
public record OverdueUnit(Long unitId, String unitName, List<OverdueItem> items, int nudgesSoFar,
                          NudgeLevel nextLevel) {

    public record OverdueItem(String title, java.time.LocalDate dueOn, long daysOverdue, String link) {
    }
}
