package cn.gov.biyang.plan.monitoring;

import java.time.LocalDate;
import java.util.List;

/** The monitor of one phase on one day: columns are the deliverable names due in the phase, rows the lead units. */
public record Matrix(int phase, String phaseName, LocalDate from, LocalDate to, LocalDate today, List<String> columns,
                     List<MatrixRow> rows) {

    public List<Long> redUnitIds() {
        return rows.stream().filter(r -> r.red() > 0).map(MatrixRow::unitId).toList();
    }
}
