package cn.gov.biyang.plan.submission;

import java.time.LocalDate;

/**
 * Where a topic or plan stands: its current deliverable (the first one not yet accepted, or the last one when all
 * are) with status, round, due date and overdue flag, and how many of its deliverables are accepted.
 */
public record ItemProgress(Long itemId, Long deliverableId, String deliverableName, DeliverableStatus status,
                           int round, LocalDate dueOn, boolean overdue, int accepted, int total) {
}
