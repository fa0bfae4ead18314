package cn.gov.biyang.plan.audit;

import java.util.Optional;

/**
 * What the audit log needs to know about people, provided by the security feature (which depends on audit, so audit
 * asks through this interface instead of depending back on security).
 */
public interface AuditAccess {

    /** The unit the named actor belongs to now (null for system actors, leaders and unknown names). */
    Long unitOf(String actor);

    /** The signed-in user's name, if any. */
    Optional<String> currentActor();

    /** Whether the signed-in user may search, check and export the audit log (the planning office). */
    boolean currentUserMayReadAudit();
}
