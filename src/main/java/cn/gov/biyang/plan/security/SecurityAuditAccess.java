package cn.gov.biyang.plan.security;

import java.util.Optional;

import cn.gov.biyang.plan.audit.AuditAccess;
import org.springframework.stereotype.Component;

/** Tells the audit log each actor's unit and whether the signed-in user may read the log (office only). */
@Component
class SecurityAuditAccess implements AuditAccess {

    private final CurrentUser currentUser;
    private final UserAccountRepository accounts;

    SecurityAuditAccess(CurrentUser currentUser, UserAccountRepository accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public Long unitOf(String actor) {
        Optional<SignedInUser> me = currentUser.get();
        if (me.isPresent() && me.get().username().equalsIgnoreCase(actor)) {
            return me.get().unitId();
        }
        if (actor == null || "system".equals(actor) || "anonymous".equals(actor)) {
            return null;
        }
        return accounts.findByUsername(actor).map(UserAccount::getUnitId).orElse(null);
    }

    @Override
    public Optional<String> currentActor() {
        return currentUser.get().map(SignedInUser::username);
    }

    @Override
    public boolean currentUserMayReadAudit() {
        return currentUser.get().map(SignedInUser::isOffice).orElse(false);
    }
}
