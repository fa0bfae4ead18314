package cn.gov.biyang.plan.projects;

import java.time.Instant;

/** One step of a project's history as the detail page shows it. */
public record HistoryEntry(Instant occurredAt, String actor, String actorName, ProjectAction action,
                           ProjectStatus fromStatus, ProjectStatus toStatus, String detail) {
}
