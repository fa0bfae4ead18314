package cn.gov.biyang.plan.monitoring;

import java.time.LocalDate;

/** One deliverable of one unit in the monitor: what, when, where it stands, its colour and where to click. */
public record MatrixCell(Long deliverableId, String itemReference, String itemTitle, String route,
                         String deliverableName, LocalDate dueOn, String statusLabel, int round, Colour colour) {
}
