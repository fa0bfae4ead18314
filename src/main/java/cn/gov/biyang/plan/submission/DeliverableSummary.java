package cn.gov.biyang.plan.submission;

import java.time.LocalDate;

/** A deliverable as lists show it: status, current round, due date and whether it is overdue today. */
public record DeliverableSummary(Long id, Long itemId, String name, LocalDate dueOn, DeliverableStatus status,
                                 int round, boolean overdue, boolean removed) {
}
