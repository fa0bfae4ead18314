package cn.gov.biyang.plan.security;

import java.time.Clock;

import cn.gov.biyang.plan.audit.AuditService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every login and every failed attempt goes into the audit log; a success also stamps the account's last login. */
@Component
class LoginAuditListener {

    private final AuditService audit;
    private final UserAccountRepository accounts;
    private final Clock clock;

    LoginAuditListener(AuditService audit, UserAccountRepository accounts, Clock clock) {
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        accounts.findByUsername(username).ifPresent(a -> a.markLoggedIn(clock.instant()));
        audit.record(username, "LOGIN", "UserAccount", username, "登录成功");
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        audit.recordRefusal(username, "LOGIN_FAILED", "UserAccount", username,
                "登录失败: " + event.getException().getClass().getSimpleName());
    }
}
