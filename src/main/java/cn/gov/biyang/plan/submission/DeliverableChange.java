package cn.gov.biyang.plan.submission;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change the office made to a deliverable, with author and reason: inserted once, never updated. */
@Entity
@Table(name = "deliverable_change")
class DeliverableChange {

    enum Kind {
        CREATED("新增"),
        RENAMED("更名"),
        DUE_CHANGED("调整截止日期"),
        REMOVED("移除");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long deliverableId;

    @Column(nullable = false, updatable = false)
    private Instant changedAt;

    @Column(nullable = false, updatable = false)
    private String changedBy;

    @Column(nullable = false, updatable = false)
    private String changedByName;

    @Enumerated(EnumType.STRING)
    @Column(name = "change", nullable = false, updatable = false)
    private Kind kind;

    @Column(updatable = false)
    private String oldValue;

    @Column(updatable = false)
    private String newValue;

    @Column(nullable = false, updatable = false)
    private String reason;

    protected DeliverableChange() {
    }

    DeliverableChange(Long deliverableId, Instant changedAt, String changedBy, String changedByName, Kind kind,
                      String oldValue, String newValue, String reason) {
        this.deliverableId = deliverableId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.changedByName = changedByName;
        this.kind = kind;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.reason = reason;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    String getChangedByName() {
        return changedByName;
    }

    Kind getKind() {
        return kind;
    }

    String getOldValue() {
        return oldValue;
    }

    String getNewValue() {
        return newValue;
    }

    String getReason() {
        return reason;
    }
}
