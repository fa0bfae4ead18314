package cn.gov.biyang.plan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import cn.gov.biyang.plan.security.LoginService.Result;
import cn.gov.biyang.plan.security.LoginService.Status;
import cn.gov.biyang.plan.support.AdminSecurityTest;
import cn.gov.biyang.plan.support.AdminTestClock;
import cn.gov.biyang.plan.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * TOTP second factor with a clock the test controls: an office account must enrol at its first login and then sign in
 * with the authenticator's code (each code once); recovery codes stand in once each; the office can reset another
 * user's second factor (audited); other roles may opt in.
 */
@AdminSecurityTest
class SecondFactorTest {

    private static final String UA = "JUnit";
    private static final String NEW_PASSWORD = "泌水河畔的春天来得早";

    @Autowired
    LoginService login;
    @Autowired
    AccountService accounts;
    @Autowired
    MyAccountService myAccount;
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
    void officeEnrolsAtFirstLoginThenSignsInWithTheCode() {
        String[] office = fixtures.newAccount(Role.OFFICE, "fagai");
        String address = AdminFixtures.address();

        // first login: password, then enrolment is required before anything else
        LoginState state = login.checkPassword(office[0], office[1], address, UA).state();
        assertThat(state.step()).isEqualTo(LoginState.Step.ENROL_SECOND_FACTOR);
        SecondFactorSetup setup = login.startEnrolment(state);
        assertThat(setup.uri()).startsWith("otpauth://totp/").contains("secret=" + setup.secret());
        assertThat(login.confirmEnrolment(state, "000000").status()).isEqualTo(Status.FAILED);
        Result enrolled = login.confirmEnrolment(state, Totp.code(setup.secret(), clock.instant()));
        assertThat(enrolled.status()).isEqualTo(Status.OK);
        assertThat(enrolled.state().recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        // created by the office: a new password next, then signed in
        assertThat(enrolled.state().step()).isEqualTo(LoginState.Step.NEW_PASSWORD);
        assertThat(login.setNewPassword(state, NEW_PASSWORD).state().step()).isEqualTo(LoginState.Step.DONE);
        login.complete(state, new MockHttpServletRequest(), new MockHttpServletResponse());

        // next login: password, then the current code
        clock.advance(Duration.ofMinutes(5));
        LoginState next = login.checkPassword(office[0], NEW_PASSWORD, address, UA).state();
        assertThat(next.step()).isEqualTo(LoginState.Step.SECOND_FACTOR);
        assertThat(login.verifySecondFactor(next, "123456").status()).isEqualTo(Status.FAILED);
        String code = Totp.code(setup.secret(), clock.instant());
        Result verified = login.verifySecondFactor(next, code);
        assertThat(verified.status()).isEqualTo(Status.OK);
        assertThat(verified.state().step()).isEqualTo(LoginState.Step.DONE);

        // the same code cannot be used again (no replay), the next one can
        LoginState replay = login.checkPassword(office[0], NEW_PASSWORD, address, UA).state();
        assertThat(login.verifySecondFactor(replay, code).status()).isEqualTo(Status.FAILED);
        clock.advance(Duration.ofSeconds(30));
        assertThat(login.verifySecondFactor(replay, Totp.code(setup.secret(), clock.instant())).status())
                .isEqualTo(Status.OK);

        // a recovery code works once
        String recovery = enrolled.state().recoveryCodes().getFirst();
        LoginState lostPhone = login.checkPassword(office[0], NEW_PASSWORD, address, UA).state();
        assertThat(login.verifySecondFactor(lostPhone, recovery).status()).isEqualTo(Status.OK);
        LoginState again = login.checkPassword(office[0], NEW_PASSWORD, address, UA).state();
        assertThat(login.verifySecondFactor(again, recovery).status()).isEqualTo(Status.FAILED);

        List<String> actions = jdbc.queryForList("select action from audit_event where object_id = ? order by id",
                String.class, office[0]);
        assertThat(actions).contains("SECOND_FACTOR_ENROLLED", "RECOVERY_CODE_USED", "LOGIN");
    }

    @Test
    void fiveWrongCodesLockTheAccountLikeWrongPasswords() {
        String[] user = fixtures.newAccount(Role.LIAISON, "gucheng");
        String address = AdminFixtures.address();
        LoginState first = login.checkPassword(user[0], user[1], address, UA).state();
        login.setNewPassword(first, NEW_PASSWORD);
        login.complete(first, new MockHttpServletRequest(), new MockHttpServletResponse());
        TestUsers.actAs(users, user[0]);
        SecondFactorSetup setup = myAccount.startEnrolment();
        myAccount.confirmEnrolment(Totp.code(setup.secret(), clock.instant()));
        TestUsers.signOut();
        clock.advance(Duration.ofMinutes(1));

        LoginState state = login.checkPassword(user[0], NEW_PASSWORD, address, UA).state();
        assertThat(state.step()).isEqualTo(LoginState.Step.SECOND_FACTOR);
        for (int i = 0; i < 4; i++) {
            assertThat(login.verifySecondFactor(state, "000000").status()).isEqualTo(Status.FAILED);
        }
        assertThat(login.verifySecondFactor(state, "000000").status()).isEqualTo(Status.RESTART);
        assertThat(login.checkPassword(user[0], NEW_PASSWORD, address, UA).status()).isEqualTo(Status.FAILED);
    }

    @Test
    void otherRolesOptInAndTheOfficeCanResetASecondFactor() {
        String[] user = fixtures.newAccount(Role.LEADER, null);
        String address = AdminFixtures.address();
        LoginState first = login.checkPassword(user[0], user[1], address, UA).state();
        // a leader is not forced to enrol
        assertThat(first.step()).isEqualTo(LoginState.Step.NEW_PASSWORD);
        login.setNewPassword(first, NEW_PASSWORD);
        login.complete(first, new MockHttpServletRequest(), new MockHttpServletResponse());

        TestUsers.actAs(users, user[0]);
        SecondFactorSetup setup = myAccount.startEnrolment();
        assertThatThrownBy(() -> myAccount.confirmEnrolment("111111")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("动态口令不正确");
        assertThat(myAccount.confirmEnrolment(Totp.code(setup.secret(), clock.instant()))).hasSize(10);
        assertThat(myAccount.me().secondFactor()).isTrue();

        // a leader cannot reset anyone's second factor; the office can, and it is audited
        assertThatThrownBy(() -> accounts.resetSecondFactor(user[0])).isInstanceOf(AccessDeniedException.class);
        TestUsers.actAs(users, "office");
        accounts.resetSecondFactor(user[0]);
        TestUsers.signOut();
        assertThat(login.checkPassword(user[0], NEW_PASSWORD, address, UA).state().step())
                .isNotEqualTo(LoginState.Step.SECOND_FACTOR);
        assertThat(jdbc.queryForObject("select actor from audit_event where object_id = ?"
                + " and action = 'SECOND_FACTOR_RESET' and result = 'OK'", String.class, user[0])).isEqualTo("office");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_id = ?"
                + " and action = 'SECOND_FACTOR_RESET' and result = 'DENIED'", Integer.class, user[0])).isEqualTo(1);
    }

    @Test
    void officeMayNotTurnTheRequiredSecondFactorOff() {
        TestUsers.actAs(users, "office");
        assertThat(myAccount.me().secondFactorRequired()).isTrue();
        assertThatThrownBy(() -> myAccount.disableSecondFactor("portal-demo")).isInstanceOf(AccessDeniedException.class);
    }
}
