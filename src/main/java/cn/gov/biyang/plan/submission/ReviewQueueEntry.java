package cn.gov.biyang.plan.submission;

import java.time.Instant;
import java.time.LocalDate;

/** A deliverable waiting for the office's review (待审). */
public record ReviewQueueEntry(Long deliverableId, String itemReference, String itemTitle, String deliverableName,
                               String leadUnitName, int round, Instant submittedAt, String submittedByName,
                               LocalDate dueOn) {
}
