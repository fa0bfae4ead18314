package cn.gov.biyang.plan.projects;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A project as its detail page shows it: the record (as entered, and each field as text), where it stands, its
 * history, possible duplicates (office only) and what the signed-in user may do with it.
 */
public record ProjectDetail(Long id, long version, ProjectInput input, Map<ProjectField, String> texts,
                            ProjectStatus status, String statusReason, String createdBy, Instant createdAt,
                            Instant updatedAt, List<HistoryEntry> history, List<SimilarProject> similar,
                            Set<ProjectCommand> commands) {

    public String text(ProjectField field) {
        return texts.getOrDefault(field, "");
    }

    public boolean can(ProjectCommand command) {
        return commands.contains(command);
    }
}
