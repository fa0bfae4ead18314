package cn.gov.biyang.plan.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.gov.biyang.plan.audit.AuditService;
import cn.gov.biyang.plan.base.ChineseFormats;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in, step by step: password (with per-account lockout and per-address slow-down), then the second factor or
 * its enrolment, a new password where the office set one, and finally the signed-in session itself (new session id,
 * security context, session row). The user's other open sessions are shown right after (see OtherSessionsNotice). Every outcome is audited. A failure says the same
 * thing whether the account is unknown, the password wrong, the account locked or disabled
 * (docs/decisions/0031-login-protection.md).
 */
@Service
public class LoginService {

    public static final int MAX_FAILURES = 5;
    static final String ISSUER = "规划编制协同平台";
    /** Checked for unknown user names so that they take as long as wrong passwords. */
    private static final String DUMMY_PASSWORD = "dummy-password-for-timing";

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final RecoveryCodes recoveryCodes;
    private final LoginThrottle throttle;
    private final SessionService sessions;
    private final AuditService audit;
    private final Clock clock;
    private final Duration lockDuration;
    private final boolean officeSecondFactorRequired;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();
    private final String dummyHash;

    LoginService(UserAccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy,
                 RecoveryCodes recoveryCodes, LoginThrottle throttle, SessionService sessions, AuditService audit,
                 Clock clock, @Value("${portal.security.lockout.duration:15m}") Duration lockDuration,
                 @Value("${portal.security.office-second-factor-required:true}") boolean officeSecondFactorRequired) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.recoveryCodes = recoveryCodes;
        this.throttle = throttle;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        this.lockDuration = lockDuration;
        this.officeSecondFactorRequired = officeSecondFactorRequired;
        this.dummyHash = encoder.encode(DUMMY_PASSWORD);
    }

    /** How a step went. {@code RESTART}: the login can no longer go on (e.g. locked meanwhile); start again. */
    public enum Status { OK, FAILED, THROTTLED, RESTART }

    public record Result(Status status, LoginState state, Duration retryAfter) {

        static Result ok(LoginState state) {
            return new Result(Status.OK, state, Duration.ZERO);
        }

        static Result failed(LoginState state) {
            return new Result(Status.FAILED, state, Duration.ZERO);
        }
    }

    public boolean officeSecondFactorRequired() {
        return officeSecondFactorRequired;
    }

    /** Step 1: user name and password. */
    @Transactional
    public Result checkPassword(String username, String password, String address, String userAgent) {
        String name = username == null ? "" : username.strip();
        Duration wait = throttle.waitFor(address);
        if (!wait.isZero()) {
            audit.recordRefusal(name, "LOGIN_THROTTLED", "UserAccount", name,
                    "来自 " + address + " 的登录尝试过于频繁，需等待 " + wait.toSeconds() + " 秒");
            return new Result(Status.THROTTLED, null, wait);
        }
        UserAccount account = name.isEmpty() ? null : accounts.findByUsernameForUpdate(name).orElse(null);
        if (account == null) {
            encoder.matches(password == null ? "" : password, dummyHash);
            throttle.failed(address);
            audit.recordRefusal(name, "LOGIN_FAILED", "UserAccount", name, "未知用户名，来自 " + address);
            return Result.failed(null);
        }
        boolean passwordOk = password != null && encoder.matches(password, account.getPasswordHash());
        Instant now = clock.instant();
        if (account.isLockedAt(now)) {
            if (!passwordOk) {
                throttle.failed(address);
            }
            audit.recordRefusal(account.getUsername(), "LOGIN_FAILED", "UserAccount", account.getUsername(),
                    "账号锁定中（至 " + ChineseFormats.dateTime(account.getLockedUntil()) + "），来自 " + address);
            return Result.failed(null);
        }
        if (!passwordOk) {
            throttle.failed(address);
            countFailure(account, "密码错误", address);
            return Result.failed(null);
        }
        if (!account.isEnabled()) {
            audit.recordRefusal(account.getUsername(), "LOGIN_FAILED", "UserAccount", account.getUsername(),
                    "账号已停用，来自 " + address);
            return Result.failed(null);
        }
        account.resetFailures();
        if (encoder.upgradeEncoding(account.getPasswordHash())) {
            account.upgradeHash(encoder.encode(password));
        }
        LoginState state = new LoginState(account.getUsername(), address, userAgent);
        advance(state, account);
        return Result.ok(state);
    }

    /** Step 2a: the authenticator's current code, or one of the recovery codes. */
    @Transactional
    public Result verifySecondFactor(LoginState state, String code) {
        UserAccount account = expect(state, LoginState.Step.SECOND_FACTOR);
        if (account == null) {
            return new Result(Status.RESTART, null, Duration.ZERO);
        }
        boolean ok;
        String how;
        if (RecoveryCodes.looksLikeRecoveryCode(code)) {
            ok = recoveryCodes.use(account, code);
            how = "恢复码";
        } else {
            long step = Totp.matchingStep(account.getTotpSecret(), code, clock.instant(), account.getTotpLastStep());
            ok = step >= 0;
            if (ok) {
                account.setTotpLastStep(step);
            }
            how = "动态口令";
        }
        if (!ok) {
            boolean locked = countFailure(account, how + "错误", state.address);
            return locked ? new Result(Status.RESTART, null, Duration.ZERO) : Result.failed(state);
        }
        account.resetFailures();
        if ("恢复码".equals(how)) {
            audit.record(account.getUsername(), "RECOVERY_CODE_USED", "UserAccount", account.getUsername(),
                    "使用恢复码登录，剩余 " + recoveryCodes.unusedCount(account) + " 个");
        }
        state.secondFactorDone = true;
        advance(state, account);
        return Result.ok(state);
    }

    /** Step 2b (office accounts without an authenticator): a new secret to enrol. */
    @Transactional
    public SecondFactorSetup startEnrolment(LoginState state) {
        UserAccount account = expect(state, LoginState.Step.ENROL_SECOND_FACTOR);
        if (account == null) {
            throw new IllegalStateException("登录已失效，请重新登录");
        }
        state.pendingSecret = Totp.newSecret();
        account.setTotpPendingSecret(state.pendingSecret);
        return setup(account.getUsername(), state.pendingSecret);
    }

    /** Step 2b, confirmed by the first code the app shows; recovery codes are then in {@link LoginState}. */
    @Transactional
    public Result confirmEnrolment(LoginState state, String code) {
        UserAccount account = expect(state, LoginState.Step.ENROL_SECOND_FACTOR);
        if (account == null || state.pendingSecret == null
                || !state.pendingSecret.equals(account.getTotpPendingSecret())) {
            return new Result(Status.RESTART, null, Duration.ZERO);
        }
        long step = Totp.matchingStep(state.pendingSecret, code, clock.instant(), 0);
        if (step < 0) {
            return Result.failed(state);
        }
        account.activateTotp();
        account.setTotpLastStep(step);
        state.recoveryCodes = recoveryCodes.renew(account);
        audit.record(account.getUsername(), "SECOND_FACTOR_ENROLLED", "UserAccount", account.getUsername(),
                "登录时绑定身份验证器");
        state.secondFactorDone = true;
        advance(state, account);
        return Result.ok(state);
    }

    /** Step 3: a password set by the office is replaced by one only the user knows. */
    @Transactional
    public Result setNewPassword(LoginState state, String newPassword) {
        UserAccount account = expect(state, LoginState.Step.NEW_PASSWORD);
        if (account == null) {
            return new Result(Status.RESTART, null, Duration.ZERO);
        }
        policy.check(account.getUsername(), newPassword);
        if (encoder.matches(newPassword, account.getPasswordHash())) {
            throw new IllegalArgumentException("新密码不能与原密码相同。");
        }
        account.setPassword(encoder.encode(newPassword), clock.instant());
        account.setMustChangePassword(false);
        audit.record(account.getUsername(), "PASSWORD_CHANGED", "UserAccount", account.getUsername(),
                "首次登录（或重置后）修改密码");
        advance(state, account);
        return Result.ok(state);
    }

    /**
     * Last step: the HTTP session becomes signed in. Its id changes first (no session fixation); then the security
     * context is stored in it and the session is recorded.
     */
    @Transactional
    public SignedInUser complete(LoginState state, HttpServletRequest request, HttpServletResponse response) {
        UserAccount account = expect(state, LoginState.Step.DONE);
        if (account == null) {
            throw new IllegalStateException("登录已失效，请重新登录");
        }
        request.getSession(true);
        request.changeSessionId();
        PortalUserDetails details = new PortalUserDetails(account);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);

        Instant now = clock.instant();
        long row = sessions.start(account.getUsername(), state.address, state.userAgent, request.getSession());
        request.getSession().setAttribute(SessionMarker.ATTRIBUTE, new SessionMarker(row, account.getUsername(), now));
        account.markLoggedIn(now);
        audit.record(account.getUsername(), "LOGIN", "UserAccount", account.getUsername(),
                "登录成功，来自 " + state.address + (account.isTotpEnabled() ? "（已验证动态口令）" : ""));
        state.step = null;
        return details.user();
    }

    /** Logout: the session row ends with its reason (Spring Security then invalidates the HTTP session). */
    @Transactional
    public void loggedOut(String username) {
        SessionService.currentMarker().ifPresent(m -> sessions.ended(m.sessionId, "LOGOUT"));
        audit.record(username, "LOGOUT", "UserAccount", username, "退出登录");
    }

    // ---- helpers ----

    /** The account of a login at the expected step, or null when the login cannot go on. */
    private UserAccount expect(LoginState state, LoginState.Step step) {
        if (state == null || state.step != step) {
            throw new IllegalStateException("登录步骤不符");
        }
        UserAccount account = accounts.findByUsernameForUpdate(state.username).orElse(null);
        if (account == null || !account.isEnabled() || account.isLockedAt(clock.instant())) {
            state.step = null;
            return null;
        }
        return account;
    }

    private void advance(LoginState state, UserAccount account) {
        if (!state.secondFactorDone && account.isTotpEnabled()) {
            state.step = LoginState.Step.SECOND_FACTOR;
        } else if (!state.secondFactorDone && account.getRole() == Role.OFFICE && officeSecondFactorRequired) {
            state.step = LoginState.Step.ENROL_SECOND_FACTOR;
        } else if (account.isMustChangePassword()) {
            state.step = LoginState.Step.NEW_PASSWORD;
        } else {
            state.step = LoginState.Step.DONE;
        }
    }

    /** Counts a wrong password or code; the fifth in a row locks the account. Returns whether it is now locked. */
    private boolean countFailure(UserAccount account, String what, String address) {
        int failures = account.countFailure();
        audit.recordRefusal(account.getUsername(), "LOGIN_FAILED", "UserAccount", account.getUsername(),
                what + "（连续第 " + failures + " 次），来自 " + address);
        if (failures >= MAX_FAILURES) {
            Instant until = clock.instant().plus(lockDuration);
            account.lockUntil(until);
            audit.recordRefusal(account.getUsername(), "ACCOUNT_LOCKED", "UserAccount", account.getUsername(),
                    "连续 " + MAX_FAILURES + " 次错误，锁定至 " + ChineseFormats.dateTime(until));
            return true;
        }
        return false;
    }

    static SecondFactorSetup setup(String username, String secret) {
        return new SecondFactorSetup(Totp.uri(ISSUER, username, secret), secret, Totp.grouped(secret));
    }
}
