package cn.gov.biyang.plan.projects;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a project's history: inserted once, never changed. */
@Entity
@Table(name = "project_event")
class ProjectEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long projectId;

    @Column(nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(updatable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ProjectAction action;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ProjectStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ProjectStatus toStatus;

    @Column(updatable = false)
    private String detail;

    protected ProjectEvent() {
    }

    ProjectEvent(Long projectId, Instant occurredAt, String actor, String actorName, ProjectAction action,
                 ProjectStatus fromStatus, ProjectStatus toStatus, String detail) {
        this.projectId = projectId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorName = actorName;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.detail = detail;
    }

    HistoryEntry entry() {
        return new HistoryEntry(occurredAt, actor, actorName, action, fromStatus, toStatus, detail);
    }
}
