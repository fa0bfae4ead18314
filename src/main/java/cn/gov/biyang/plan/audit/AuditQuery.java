package cn.gov.biyang.plan.audit;

import java.time.LocalDate;

/**
 * What the office searches the audit log by; every field is optional. Dates are whole days in Asia/Shanghai,
 * both ends included. {@code objectType}/{@code objectId} find the records about one object (e.g. WorkItem 12).
 */
public record AuditQuery(String actor, Long actorUnitId, String objectType, String objectId, String action,
                         LocalDate from, LocalDate to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }
}
