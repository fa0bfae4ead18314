package cn.gov.biyang.plan.audit;

import java.time.Instant;

/** An audit record as other features read it. */
public record AuditEntry(Instant occurredAt, String actor, String action, String objectType, String objectId,
                         String detail, String result) {

    static AuditEntry of(AuditEvent e) {
        return new AuditEntry(e.getOccurredAt(), e.getActor(), e.getAction(), e.getObjectType(), e.getObjectId(),
                e.getDetail(), e.getResult());
    }
}
