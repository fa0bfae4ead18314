package cn.gov.biyang.plan.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.gov.biyang.plan.audit.AuditService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: creation at setup time and the list the office sees. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditService audit;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder encoder, AuditService audit, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** Demo accounts' mail domain (.example is reserved by RFC 2606 and never delivered). */
    public static final String DEMO_MAIL_DOMAIN = "demo.biyang.example";

    /** An account as the office's list shows it. */
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

    public long count() {
        return accounts.count();
    }

    public boolean exists(String username) {
        return accounts.findByUsername(username).isPresent();
    }

    public List<AccountSummary> all() {
        return accounts.findAllOrdered().stream().map(a -> new AccountSummary(a.getUsername(), a.getDisplayName(),
                a.getRole(), a.getUnitId(), a.isEnabled(), a.isDemo(), a.getLastLoginAt())).toList();
    }

    public Optional<SignedInUser> find(String username) {
        return accounts.findByUsername(username).map(a -> new PortalUserDetails(a).user());
    }

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

    /** The first administrator of an empty production database; must change the password at first login. */
    @Transactional
    public void createInitialAdministrator(String username, String password) {
        UserAccount admin = new UserAccount(username, "系统管理员", encoder.encode(password), Role.OFFICE, null, false,
                clock.instant());
        admin.setMustChangePassword(false);
        accounts.save(admin);
        audit.record("system", "ADMIN_CREATED", "UserAccount", username, "创建首个管理员账号");
    }
}
