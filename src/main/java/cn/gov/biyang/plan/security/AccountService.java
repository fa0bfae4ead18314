package cn.gov.biyang.plan.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.gov.biyang.plan.audit.AuditService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: the office creates, edits, disables and re-enables them, resets passwords and second factors, unlocks
 * them; setup code creates the demo accounts and the first administrator. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,31}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,20}");
    private static final String TEMP_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final SessionService sessions;
    private final RecoveryCodes recoveryCodes;
    private final PasswordPolicy policy;
    private final ObjectProvider<UnitDirectory> units;

    AccountService(UserAccountRepository accounts, PasswordEncoder encoder, AuditService audit, Clock clock,
                   CurrentUser currentUser, SessionService sessions, RecoveryCodes recoveryCodes, PasswordPolicy policy,
                   ObjectProvider<UnitDirectory> units) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.recoveryCodes = recoveryCodes;
        this.policy = policy;
        this.units = units;
    }

    /** Demo accounts' mail domain (.example is reserved by RFC 2606 and never delivered). */
    public static final String DEMO_MAIL_DOMAIN = "demo.biyang.example";

    /** An account as lists show it (no contact details). */
    public record AccountSummary(String username, String displayName, Role role, Long unitId, boolean enabled,
                                 boolean demo, Instant lastLoginAt) {
    }

    /** What a demo account is made of. */
    public record NewAccount(String username, String displayName, Role role, Long unitId) {
    }

    /** Who to write to: an enabled account and its mail address (null when none is recorded). */
    public record Contact(String username, String displayName, Role role, Long unitId, String email) {
    }

    /** The enabled liaisons of a unit, the people reminders and nudges for that unit reach. */
    public List<Contact> liaisonsOf(Long unitId) {
        return accounts.findAllOrdered().stream()
                .filter(a -> a.isEnabled() && a.getRole() == Role.LIAISON && unitId.equals(a.getUnitId()))
                .map(AccountService::contact).toList();
    }

    public Optional<Contact> contact(String username) {
        return accounts.findByUsername(username).map(AccountService::contact);
    }

    /** Enabled accounts without a usable mail address, for the office to fix. */
    public List<Contact> withoutValidEmail() {
        return accounts.findAllOrdered().stream().filter(UserAccount::isEnabled)
                .filter(a -> !MailAddresses.isValid(a.getEmail())).map(AccountService::contact).toList();
    }

    private static Contact contact(UserAccount a) {
        return new Contact(a.getUsername(), a.getDisplayName(), a.getRole(), a.getUnitId(), a.getEmail());
    }

    /** An account as the office manages it. */
    public record AccountDetails(String username, String displayName, Role role, Long unitId, String email,
                                 String phone, boolean enabled, boolean demo, Instant lockedUntil,
                                 boolean secondFactor, boolean mustChangePassword, Instant lastLoginAt,
                                 Instant createdAt) {

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    /** What the office enters to create or edit an account (the user name cannot change later). */
    public record AccountForm(String username, String displayName, Role role, Long unitId, String email,
                              String phone) {
    }

    public long count() {
        return accounts.count();
    }

    public boolean exists(String username) {
        return accounts.findByUsername(username).isPresent();
    }

    public List<AccountSummary> all() {
        return accounts.findAllOrdered().stream().map(AccountService::summary).toList();
    }

    /** A unit's liaisons (业务骨干), as shown on the unit's page. */
    public List<AccountSummary> unitLiaisons(Long unitId) {
        return accounts.findByUnitId(unitId).stream().filter(a -> a.getRole() == Role.LIAISON)
                .map(AccountService::summary).toList();
    }

    public Optional<SignedInUser> find(String username) {
        return accounts.findByUsername(username).map(a -> new PortalUserDetails(a).user());
    }

    // ---- the office's account management ----

    public List<AccountDetails> list() {
        requireOffice("ACCOUNT_LIST", null);
        return accounts.findAllOrdered().stream().map(AccountService::details).toList();
    }

    public AccountDetails details(String username) {
        requireOffice("ACCOUNT_VIEW", username);
        return details(account(username));
    }

    /** Creates the account and returns its temporary password, to hand over; it must be changed at first login. */
    @Transactional
    public String create(AccountForm form) {
        SignedInUser office = requireOffice("ACCOUNT_CREATE", form.username());
        String username = form.username() == null ? "" : form.username().strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("用户名须为 2–32 位小写字母、数字或 . _ -，并以字母开头。");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("用户名“" + username + "”已被使用，请换一个。");
        }
        validate(form);
        String password = temporaryPassword();
        UserAccount account = new UserAccount(username, form.displayName().strip(), encoder.encode(password),
                form.role(), form.unitId(), false, clock.instant());
        account.setEmail(blankToNull(form.email()));
        account.setPhone(blankToNull(form.phone()));
        account.setMustChangePassword(true);
        accounts.save(account);
        audit.record(office.username(), "ACCOUNT_CREATED", "UserAccount", username,
                "创建账号：" + form.displayName().strip() + "，" + form.role().label() + unitText(form.unitId()));
        return password;
    }

    @Transactional
    public void update(String username, AccountForm form) {
        SignedInUser office = requireOffice("ACCOUNT_UPDATE", username);
        UserAccount account = account(username);
        validate(form);
        if (account.getUsername().equalsIgnoreCase(office.username()) && form.role() != Role.OFFICE) {
            throw new IllegalArgumentException("不能取消自己的规划办角色。");
        }
        List<String> changes = new ArrayList<>();
        change(changes, "姓名", account.getDisplayName(), form.displayName().strip());
        change(changes, "角色", account.getRole().label(), form.role().label());
        change(changes, "单位", unitText(account.getUnitId()), unitText(form.unitId()));
        change(changes, "邮箱", account.getEmail(), blankToNull(form.email()));
        change(changes, "电话", account.getPhone(), blankToNull(form.phone()));
        if (changes.isEmpty()) {
            return;
        }
        boolean rightsChanged = account.getRole() != form.role() || !Objects.equals(account.getUnitId(), form.unitId());
        account.setDisplayName(form.displayName().strip());
        account.setRole(form.role());
        account.setUnitId(form.unitId());
        account.setEmail(blankToNull(form.email()));
        account.setPhone(blankToNull(form.phone()));
        audit.record(office.username(), "ACCOUNT_UPDATED", "UserAccount", account.getUsername(),
                String.join("；", changes));
        if (rightsChanged) {
            // open sessions carry the old role and unit: they end, the next login gets the new rights
            sessions.endAllOf(account.getUsername(), "RIGHTS_CHANGED");
        }
    }

    /** Disables the account and ends all its sessions at once. */
    @Transactional
    public void disable(String username) {
        SignedInUser office = requireOffice("ACCOUNT_DISABLE", username);
        UserAccount account = account(username);
        if (account.getUsername().equalsIgnoreCase(office.username())) {
            throw new IllegalArgumentException("不能停用自己的账号。");
        }
        if (!account.isEnabled()) {
            return;
        }
        account.disable(clock.instant());
        int ended = sessions.endAllOf(account.getUsername(), "DISABLED");
        audit.record(office.username(), "ACCOUNT_DISABLED", "UserAccount", account.getUsername(),
                "停用账号，结束其 " + ended + " 个会话");
    }

    @Transactional
    public void enable(String username) {
        SignedInUser office = requireOffice("ACCOUNT_ENABLE", username);
        UserAccount account = account(username);
        if (account.isEnabled()) {
            return;
        }
        account.enable();
        account.unlock();
        audit.record(office.username(), "ACCOUNT_ENABLED", "UserAccount", account.getUsername(), "重新启用账号");
    }

    /** A new temporary password (returned, to hand over); the user must change it at the next login. */
    @Transactional
    public String resetPassword(String username) {
        SignedInUser office = requireOffice("PASSWORD_RESET", username);
        UserAccount account = account(username);
        String password = temporaryPassword();
        account.setPassword(encoder.encode(password), clock.instant());
        account.setMustChangePassword(true);
        account.unlock();
        sessions.endAllOf(account.getUsername(), "PASSWORD_RESET");
        audit.record(office.username(), "PASSWORD_RESET", "UserAccount", account.getUsername(),
                "重置密码（下次登录须修改），结束其会话");
        return password;
    }

    @Transactional
    public void unlock(String username) {
        SignedInUser office = requireOffice("ACCOUNT_UNLOCK", username);
        UserAccount account = account(username);
        account.unlock();
        audit.record(office.username(), "ACCOUNT_UNLOCKED", "UserAccount", account.getUsername(), "解除登录锁定");
    }

    /** Removes the user's authenticator and recovery codes, e.g. after a lost phone; they enrol again. */
    @Transactional
    public void resetSecondFactor(String username) {
        SignedInUser office = requireOffice("SECOND_FACTOR_RESET", username);
        UserAccount account = account(username);
        account.clearTotp();
        recoveryCodes.removeAll(account);
        sessions.endAllOf(account.getUsername(), "SECOND_FACTOR_RESET");
        audit.record(office.username(), "SECOND_FACTOR_RESET", "UserAccount", account.getUsername(),
                "重置身份验证器（动态口令），结束其会话");
    }

    // ---- setup ----

    /**
     * Creates the demo accounts that do not exist yet, all with one password. The password is hashed once: these
     * accounts are for demonstration only, and hashing dozens of times with an adaptive hash would slow every start.
     */
    @Transactional
    public int createDemoAccounts(List<NewAccount> wanted, String password) {
        String hash = null;
        int created = 0;
        for (NewAccount n : wanted) {
            if (accounts.findByUsername(n.username()).isPresent()) {
                continue;
            }
            if (hash == null) {
                hash = encoder.encode(password);
            }
            UserAccount account = new UserAccount(n.username(), n.displayName(), hash, n.role(), n.unitId(), true,
                    clock.instant());
            // a reserved test domain: demo reminders are real mails that can never reach anyone
            account.setEmail(n.username() + "@" + DEMO_MAIL_DOMAIN);
            accounts.save(account);
            created++;
        }
        if (created > 0) {
            audit.record("system", "DEMO_ACCOUNTS_CREATED", "UserAccount", null, "创建演示账号 " + created + " 个");
        }
        return created;
    }

    /**
     * The first administrator of an empty production database. The password comes from the operator
     * (PORTAL_ADMIN_PASSWORD) and must meet the policy; as an office account it enrols a second factor at first login.
     */
    @Transactional
    public void createInitialAdministrator(String username, String password) {
        policy.check(username, password);
        UserAccount admin = new UserAccount(username, "系统管理员", encoder.encode(password), Role.OFFICE, null, false,
                clock.instant());
        admin.setMustChangePassword(false);
        accounts.save(admin);
        audit.record("system", "ADMIN_CREATED", "UserAccount", username, "创建首个管理员账号");
    }

    // ---- helpers ----

    private SignedInUser requireOffice(String action, String objectId) {
        SignedInUser user = currentUser.require();
        if (!user.isOffice()) {
            audit.recordRefusal(user.username(), action, "UserAccount", objectId, "只有规划办可以管理账号");
            throw new AccessDeniedException("只有规划办可以管理账号");
        }
        return user;
    }

    private UserAccount account(String username) {
        return accounts.findByUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> new IllegalArgumentException("账号“" + username + "”不存在。"));
    }

    private void validate(AccountForm form) {
        if (form.displayName() == null || form.displayName().isBlank() || form.displayName().strip().length() > 50) {
            throw new IllegalArgumentException("请填写姓名（最多 50 个字）。");
        }
        if (form.role() == null) {
            throw new IllegalArgumentException("请选择角色。");
        }
        if (form.role() == Role.LIAISON && form.unitId() == null) {
            throw new IllegalArgumentException("联络员必须属于一个单位，请选择单位。");
        }
        if (form.unitId() != null) {
            UnitDirectory directory = units.getIfAvailable();
            if (directory != null && directory.activeUnitName(form.unitId()).isEmpty()) {
                throw new IllegalArgumentException("所选单位不存在或已撤销。");
            }
        }
        String email = blankToNull(form.email());
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            throw new IllegalArgumentException("邮箱格式不正确。");
        }
        String phone = blankToNull(form.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new IllegalArgumentException("电话号码格式不正确（5–20 位数字，可含 + - 空格）。");
        }
    }

    private String unitText(Long unitId) {
        if (unitId == null) {
            return "";
        }
        UnitDirectory directory = units.getIfAvailable();
        return "，" + (directory == null ? "单位 " + unitId : directory.activeUnitName(unitId).orElse("单位 " + unitId));
    }

    private static void change(List<String> changes, String field, String before, String after) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            changes.add(field + "：" + (before == null ? "" : before) + " → " + (after == null ? "" : after));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** 12 random characters (about 70 bits) in groups of four, easy to read out on the phone. */
    static String temporaryPassword() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                s.append('-');
            }
            s.append(TEMP_ALPHABET.charAt(RANDOM.nextInt(TEMP_ALPHABET.length())));
        }
        return s.toString();
    }

    private static AccountSummary summary(UserAccount a) {
        return new AccountSummary(a.getUsername(), a.getDisplayName(), a.getRole(), a.getUnitId(), a.isEnabled(),
                a.isDemo(), a.getLastLoginAt());
    }

    private static AccountDetails details(UserAccount a) {
        return new AccountDetails(a.getUsername(), a.getDisplayName(), a.getRole(), a.getUnitId(), a.getEmail(),
                a.getPhone(), a.isEnabled(), a.isDemo(), a.getLockedUntil(), a.isTotpEnabled(),
                a.isMustChangePassword(), a.getLastLoginAt(), a.getCreatedAt());
    }
}
