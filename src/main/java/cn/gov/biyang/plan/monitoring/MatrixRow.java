package cn.gov.biyang.plan.monitoring;

import java.util.List;

/** A unit's row: its deliverables of the phase and how many are red, amber and green. */
public record MatrixRow(Long unitId, String unitName, List<MatrixCell> cells, int red, int amber, int green) {

    public List<MatrixCell> cellsOf(String deliverableName) {
        return cells.stream().filter(c -> c.deliverableName().equals(deliverableName)).toList();
    }
}
