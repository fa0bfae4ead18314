package cn.gov.biyang.plan.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.gov.biyang.plan.audit.AuditService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every signed-in user does with their own account: password, second factor, recovery codes. */
@Service
@Transactional(readOnly = true)
public class MyAccountService {

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final RecoveryCodes recoveryCodes;
    private final SessionService sessions;
    private final LoginService login;
    private final AuditService audit;
    private final Clock clock;

    MyAccountService(UserAccountRepository accounts, CurrentUser currentUser, PasswordEncoder encoder,
                     PasswordPolicy policy, RecoveryCodes recoveryCodes, SessionService sessions, LoginService login,
                     AuditService audit, Clock clock) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.encoder = encoder;
        this.policy = policy;
        this.recoveryCodes = recoveryCodes;
        this.sessions = sessions;
        this.login = login;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in user's own account. */
    public record MyAccount(String username, String displayName, Role role, Long unitId, String email, String phone,
                            boolean secondFactor, long recoveryCodesLeft, boolean secondFactorRequired,
                            Instant lastLoginAt, Instant passwordChangedAt) {
    }

    public MyAccount me() {
        UserAccount a = mine();
        return new MyAccount(a.getUsername(), a.getDisplayName(), a.getRole(), a.getUnitId(), a.getEmail(),
                a.getPhone(), a.isTotpEnabled(), a.isTotpEnabled() ? recoveryCodes.unusedCount(a) : 0,
                secondFactorRequired(a), a.getLastLoginAt(), a.getPasswordChangedAt());
    }

    /** Changes the password after checking the current one; the user's other sessions end. */
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount a = mineForUpdate();
        if (currentPassword == null || !encoder.matches(currentPassword, a.getPasswordHash())) {
            audit.recordRefusal(a.getUsername(), "PASSWORD_CHANGE", "UserAccount", a.getUsername(), "原密码错误");
            throw new IllegalArgumentException("原密码不正确。");
        }
        policy.check(a.getUsername(), newPassword);
        if (encoder.matches(newPassword, a.getPasswordHash())) {
            throw new IllegalArgumentException("新密码不能与原密码相同。");
        }
        a.setPassword(encoder.encode(newPassword), clock.instant());
        a.setMustChangePassword(false);
        endOtherSessions(a.getUsername());
        audit.record(a.getUsername(), "PASSWORD_CHANGED", "UserAccount", a.getUsername(), "用户修改了自己的密码");
    }

    /** A new secret to enrol an authenticator app (replacing none yet: the old one works until confirmed). */
    @Transactional
    public SecondFactorSetup startEnrolment() {
        UserAccount a = mineForUpdate();
        String secret = Totp.newSecret();
        a.setTotpPendingSecret(secret);
        return LoginService.setup(a.getUsername(), secret);
    }

    /** Confirms enrolment with the app's current code; returns the new recovery codes (shown once). */
    @Transactional
    public List<String> confirmEnrolment(String code) {
        UserAccount a = mineForUpdate();
        if (a.getTotpPendingSecret() == null) {
            throw new IllegalArgumentException("请先开始绑定。");
        }
        long step = Totp.matchingStep(a.getTotpPendingSecret(), code, clock.instant(), 0);
        if (step < 0) {
            throw new IllegalArgumentException("动态口令不正确，请核对手机上显示的 6 位数字（注意手机时间是否准确）。");
        }
        a.activateTotp();
        a.setTotpLastStep(step);
        List<String> codes = recoveryCodes.renew(a);
        audit.record(a.getUsername(), "SECOND_FACTOR_ENROLLED", "UserAccount", a.getUsername(), "绑定身份验证器");
        return codes;
    }

    /** Turns the second factor off (not for office accounts where it is required). */
    @Transactional
    public void disableSecondFactor(String password) {
        UserAccount a = mineForUpdate();
        if (secondFactorRequired(a)) {
            audit.recordRefusal(a.getUsername(), "SECOND_FACTOR_DISABLE", "UserAccount", a.getUsername(),
                    "规划办账号必须使用动态口令");
            throw new AccessDeniedException("规划办账号必须使用动态口令，不能关闭。");
        }
        requirePassword(a, password);
        a.clearTotp();
        recoveryCodes.removeAll(a);
        audit.record(a.getUsername(), "SECOND_FACTOR_DISABLED", "UserAccount", a.getUsername(), "关闭动态口令");
    }

    /** New recovery codes replace the old ones (e.g. when most are used). */
    @Transactional
    public List<String> renewRecoveryCodes(String password) {
        UserAccount a = mineForUpdate();
        if (!a.isTotpEnabled()) {
            throw new IllegalArgumentException("尚未绑定身份验证器。");
        }
        requirePassword(a, password);
        List<String> codes = recoveryCodes.renew(a);
        audit.record(a.getUsername(), "RECOVERY_CODES_RENEWED", "UserAccount", a.getUsername(), "重新生成恢复码");
        return codes;
    }

    private void requirePassword(UserAccount a, String password) {
        if (password == null || !encoder.matches(password, a.getPasswordHash())) {
            audit.recordRefusal(a.getUsername(), "PASSWORD_CONFIRM", "UserAccount", a.getUsername(), "密码确认失败");
            throw new IllegalArgumentException("密码不正确。");
        }
    }

    private void endOtherSessions(String username) {
        Long current = SessionService.currentMarker().map(m -> m.sessionId).orElse(null);
        for (SessionService.SessionInfo s : sessions.openSessionsOf(username, current)) {
            if (!s.current()) {
                sessions.endOne(s.id(), "PASSWORD_CHANGED");
            }
        }
    }

    private boolean secondFactorRequired(UserAccount a) {
        return a.getRole() == Role.OFFICE && login.officeSecondFactorRequired();
    }

    private UserAccount mine() {
        SignedInUser me = currentUser.require();
        return accounts.findByUsername(me.username()).orElseThrow(() -> new AccessDeniedException("账号不存在"));
    }

    private UserAccount mineForUpdate() {
        SignedInUser me = currentUser.require();
        return accounts.findByUsernameForUpdate(me.username())
                .orElseThrow(() -> new AccessDeniedException("账号不存在"));
    }
}
