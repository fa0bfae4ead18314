package cn.gov.biyang.plan.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One thing someone did: inserted once, never updated by the application. The database refuses updates and deletes
 * (trigger), and {@link AuditChain} seals each row into a hash chain shortly after it is committed.
 */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_unit_id", updatable = false)
    private Long actorUnitId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(updatable = false)
    private String objectType;

    @Column(updatable = false)
    private String objectId;

    @Column(updatable = false)
    private String detail;

    @Column(nullable = false, updatable = false)
    private String result;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, Long actorUnitId, String action, String objectType, String objectId,
               String detail, String result) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorUnitId = actorUnitId;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.detail = detail;
        this.result = result;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    String getActor() {
        return actor;
    }

    Long getActorUnitId() {
        return actorUnitId;
    }

    String getAction() {
        return action;
    }

    String getObjectType() {
        return objectType;
    }

    String getObjectId() {
        return objectId;
    }

    String getDetail() {
        return detail;
    }

    String getResult() {
        return result;
    }
}
