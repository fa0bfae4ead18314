package cn.gov.biyang.plan.audit;

import java.time.Instant;

/** An audit record as the office's log view shows it: who (and their unit then), what, on which object, result. */
public record AuditRow(long id, Long chainSeq, Instant occurredAt, String actor, Long actorUnitId, String action,
                       String objectType, String objectId, String detail, String result) {

    public boolean sealed() {
        return chainSeq != null;
    }
}
