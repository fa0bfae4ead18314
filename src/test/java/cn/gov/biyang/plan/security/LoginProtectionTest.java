package cn.gov.biyang.plan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.security.LoginService.Result;
import cn.gov.biyang.plan.security.LoginService.Status;
import cn.gov.biyang.plan.support.AdminSecurityTest;
import cn.gov.biyang.plan.support.AdminTestClock;
import cn.gov.biyang.plan.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Login protection: five wrong passwords lock an account for 15 minutes (to the second); the outcome is the same for
 * an unknown user, a wrong password, a locked and a disabled account; every attempt is in the audit log.
 */
@AdminSecurityTest
class LoginProtectionTest {

    private static final String UA = "JUnit";

    @Autowired
    LoginService login;
    @Autowired
    AccountService accounts;
    @Autowired
    AdminFixtures fixtures;
    @Autowired
    AdminTestClock clock;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() {
        String[] account = fixtures.newAccount(Role.LIAISON, "huayuan");
        String address = AdminFixtures.address();
        for (int i = 1; i <= 4; i++) {
            assertThat(login.checkPassword(account[0], "wrong-password-" + i, address, UA).status())
                    .isEqualTo(Status.FAILED);
        }
        // the fourth failure does not lock: the right password still gets in
        clock.advance(Duration.ofSeconds(1));
        assertThat(login.checkPassword(account[0], account[1], address, UA).status()).isEqualTo(Status.OK);

        // five in a row lock it, from that moment for 15 minutes
        String lockedUntil = ChineseFormats.dateTime(clock.instant().plus(Duration.ofMinutes(15)));
        for (int i = 1; i <= 5; i++) {
            login.checkPassword(account[0], "wrong-password-" + i, address, UA);
        }
        Result locked = login.checkPassword(account[0], account[1], address, UA);
        assertThat(locked.status()).isEqualTo(Status.FAILED);
        assertThat(locked.state()).isNull();
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(login.checkPassword(account[0], account[1], address, UA).status()).isEqualTo(Status.FAILED);
        clock.advance(Duration.ofSeconds(1));
        Result unlocked = login.checkPassword(account[0], account[1], address, UA);
        assertThat(unlocked.status()).isEqualTo(Status.OK);
        assertThat(unlocked.state().step()).isEqualTo(LoginState.Step.NEW_PASSWORD);

        List<String> actions = jdbc.queryForList(
                "select action from audit_event where object_id = ? order by id", String.class, account[0]);
        assertThat(actions).containsSubsequence("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
                "LOGIN_FAILED", "ACCOUNT_LOCKED", "LOGIN_FAILED");
        String lockDetail = jdbc.queryForObject("select detail from audit_event where object_id = ?"
                + " and action = 'ACCOUNT_LOCKED'", String.class, account[0]);
        assertThat(lockDetail).contains("锁定至 " + lockedUntil);
    }

    @Test
    void theOfficeCanUnlockBeforeTheTimeIsUp() {
        String[] account = fixtures.newAccount(Role.LIAISON, "yangce");
        String address = AdminFixtures.address();
        for (int i = 0; i < LoginService.MAX_FAILURES; i++) {
            login.checkPassword(account[0], "not-the-password", address, UA);
        }
        assertThat(login.checkPassword(account[0], account[1], address, UA).status()).isEqualTo(Status.FAILED);
        TestUsers.actAs(users, "office");
        accounts.unlock(account[0]);
        TestUsers.signOut();
        assertThat(login.checkPassword(account[0], account[1], address, UA).status()).isEqualTo(Status.OK);
    }

    @Test
    void unknownUserWrongPasswordLockedAndDisabledLookExactlyAlike() {
        String[] wrong = fixtures.newAccount(Role.LIAISON, "shuili");
        String[] disabled = fixtures.newAccount(Role.LIAISON, "shuili");
        TestUsers.actAs(users, "office");
        accounts.disable(disabled[0]);
        TestUsers.signOut();
        String address = AdminFixtures.address();

        Result unknown = login.checkPassword("nobody-here", "some-password-1", address, UA);
        Result wrongPassword = login.checkPassword(wrong[0], "some-password-1", address, UA);
        Result disabledAccount = login.checkPassword(disabled[0], disabled[1], address, UA);
        for (int i = 0; i < LoginService.MAX_FAILURES; i++) {
            login.checkPassword(wrong[0], "some-password-1", address, UA);
        }
        Result lockedAccount = login.checkPassword(wrong[0], wrong[1], address, UA);

        assertThat(unknown).isEqualTo(wrongPassword).isEqualTo(disabledAccount).isEqualTo(lockedAccount)
                .isEqualTo(new Result(Status.FAILED, null, Duration.ZERO));
        // the log, which only the office reads, does tell them apart
        assertThat(jdbc.queryForObject("select detail from audit_event where object_id = 'nobody-here'"
                + " and action = 'LOGIN_FAILED'", String.class)).contains("未知用户名").contains(address);
    }

    @Test
    void manyFailuresFromOneAddressAreSlowedDownWithoutLockingAnyone() {
        String[] account = fixtures.newAccount(Role.LIAISON, "bishui");
        String address = AdminFixtures.address();
        for (int i = 0; i < 20; i++) {
            login.checkPassword("guess" + i, "some-password-1", address, UA);
        }
        Result throttled = login.checkPassword(account[0], account[1], address, UA);
        assertThat(throttled.status()).isEqualTo(Status.THROTTLED);
        assertThat(throttled.retryAfter()).isPositive();
        // another address is not affected, and after the wait this one may try again
        assertThat(login.checkPassword(account[0], account[1], AdminFixtures.address(), UA).status())
                .isEqualTo(Status.OK);
        clock.advance(throttled.retryAfter());
        assertThat(login.checkPassword(account[0], account[1], address, UA).status()).isEqualTo(Status.OK);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_THROTTLED'",
                Integer.class)).isPositive();
    }
}
