package cn.gov.biyang.plan.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * The monitor of one phase on one day without its cells: the columns (deliverable names due in the phase, in due
 * order) and every lead unit's red / amber / green counts in display order (most red first, then most amber, then by
 * name). The cells come page by page from {@link MonitoringService#rows(MatrixOverview, int, int)}.
 */
public record MatrixOverview(int phase, String phaseName, LocalDate from, LocalDate to, LocalDate today,
                             List<String> columns, List<UnitCounts> unitCounts) {

    /** One lead unit's counts of the phase. */
    public record UnitCounts(long unitId, String unitName, int red, int amber, int green) {
    }

    public int units() {
        return unitCounts.size();
    }

    public int red() {
        return unitCounts.stream().mapToInt(UnitCounts::red).sum();
    }

    public int amber() {
        return unitCounts.stream().mapToInt(UnitCounts::amber).sum();
    }

    public int green() {
        return unitCounts.stream().mapToInt(UnitCounts::green).sum();
    }

    /** The units with anything overdue: whom the one-click nudge reaches. */
    public List<Long> redUnitIds() {
        return unitCounts.stream().filter(u -> u.red() > 0).map(UnitCounts::unitId).toList();
    }
}
