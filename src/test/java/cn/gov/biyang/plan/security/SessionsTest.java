package cn.gov.biyang.plan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import cn.gov.biyang.plan.support.AdminSecurityTest;
import cn.gov.biyang.plan.support.AdminTestClock;
import cn.gov.biyang.plan.support.TestUsers;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sessions: the id changes at login; idle sessions end after 30 minutes even though Vaadin heartbeats keep arriving;
 * no session lives longer than 12 hours; disabling an account ends its open sessions at once; a second login sees the
 * first session and can end it.
 */
@AdminSecurityTest
class SessionsTest {

    private static final String UA = "JUnit";
    private static final String NEW_PASSWORD = "泌水河畔的春天来得早";

    @Autowired
    LoginService login;
    @Autowired
    AccountService accounts;
    @Autowired
    SessionService sessions;
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

    /** Signs the user in on a fresh browser session (first login: the temporary password is replaced). */
    private MockHttpSession signIn(String[] account, boolean firstLogin) {
        return signIn(account, firstLogin, new MockHttpServletRequest());
    }

    private MockHttpSession signIn(String[] account, boolean firstLogin, MockHttpServletRequest request) {
        request.setRemoteAddr(AdminFixtures.address());
        MockHttpSession session = new MockHttpSession();
        request.setSession(session);
        LoginState state = login.checkPassword(account[0], firstLogin ? account[1] : NEW_PASSWORD,
                request.getRemoteAddr(), UA).state();
        if (state.step() == LoginState.Step.NEW_PASSWORD) {
            login.setNewPassword(state, NEW_PASSWORD);
        }
        login.complete(state, request, new MockHttpServletResponse());
        return session;
    }

    private MockHttpServletRequest request(MockHttpSession session, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString(query);
        request.setSession(session);
        return request;
    }

    private void serve(MockHttpServletRequest request) throws ServletException, IOException {
        new SessionGuardFilter(sessions, clock).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    private static final String HEARTBEAT = "v-r=heartbeat&v-uiId=0";
    private static final String UIDL = "v-r=uidl&v-uiId=0";

    @Test
    void theSessionIdChangesAtLoginAndTheSessionIsSignedIn() {
        String[] account = fixtures.newAccount(Role.LIAISON, "huayuan");
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpSession session = new MockHttpSession();
        request.setSession(session);
        String before = session.getId();
        LoginState state = login.checkPassword(account[0], account[1], "10.8.0.1", UA).state();
        login.setNewPassword(state, NEW_PASSWORD);
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
        login.complete(state, request, new MockHttpServletResponse());

        assertThat(request.getSession().getId()).isNotEqualTo(before);
        SecurityContext context = (SecurityContext) request.getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(context.getAuthentication().getName()).isEqualTo(account[0]);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_id = ? and action = 'LOGIN'",
                Integer.class, account[0])).isEqualTo(1);
    }

    @Test
    void idleSessionsEndAfterThirtyMinutesDespiteHeartbeats() throws Exception {
        String[] account = fixtures.newAccount(Role.LIAISON, "yangce");
        MockHttpSession session = signIn(account, true);

        // the user works for a while: activity resets the idle time
        clock.advance(Duration.ofMinutes(20));
        serve(request(session, UIDL));
        // then leaves the tab open: heartbeats every 5 minutes do not count as activity
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(5));
            serve(request(session, HEARTBEAT));
            assertThat(session.isInvalid()).isFalse();
        }
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        serve(request(session, HEARTBEAT));
        assertThat(session.isInvalid()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        serve(request(session, HEARTBEAT));
        assertThat(session.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select end_reason from user_session where username = ?", String.class,
                account[0])).isEqualTo("IDLE_TIMEOUT");
        assertThat(jdbc.queryForObject("select detail from audit_event where actor = ? and action = 'SESSION_ENDED'",
                String.class, account[0])).contains("空闲超过 30 分钟");
    }

    @Test
    void noSessionLivesLongerThanTwelveHours() throws Exception {
        String[] account = fixtures.newAccount(Role.LIAISON, "gucheng");
        MockHttpSession session = signIn(account, true);
        for (int i = 0; i < 12 * 3 - 1; i++) {
            clock.advance(Duration.ofMinutes(20));
            serve(request(session, UIDL));
            assertThat(session.isInvalid()).isFalse();
        }
        clock.advance(Duration.ofMinutes(20));
        serve(request(session, UIDL));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionsAtOnce() throws Exception {
        String[] account = fixtures.newAccount(Role.LIAISON, "shuili");
        MockHttpSession first = signIn(account, true);
        MockHttpSession second = signIn(account, false);
        // a session this instance does not hold (as if on the other instance): its row is all there is
        MockHttpSession elsewhere = new MockHttpSession();
        elsewhere.setAttribute(SessionMarker.ATTRIBUTE, second.getAttribute(SessionMarker.ATTRIBUTE));

        TestUsers.actAs(users, "office");
        accounts.disable(account[0]);
        TestUsers.signOut();

        assertThat(first.isInvalid()).isTrue();
        assertThat(second.isInvalid()).isTrue();
        serve(request(elsewhere, UIDL));
        assertThat(elsewhere.isInvalid()).isTrue();
        assertThat(jdbc.queryForList("select end_reason from user_session where username = ?", String.class,
                account[0])).containsOnly("DISABLED");
    }

    @Test
    void aSecondLoginSeesTheFirstSessionAndCanEndIt() {
        String[] account = fixtures.newAccount(Role.LIAISON, "bishui");
        MockHttpSession first = signIn(account, true);

        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("User-Agent", "Mozilla/5.0 (Windows NT 10.0) Chrome/120");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            signIn(account, false, request);
            // what the first page after this login shows: the other session, which the user ends
            assertThat(sessions.mySessions()).hasSize(2).filteredOn(SessionService.SessionInfo::current).hasSize(1);
            assertThat(sessions.myOtherSessions()).singleElement()
                    .satisfies(s -> assertThat(s.clientAddress()).startsWith("10.9."));
            assertThat(sessions.endMyOtherSessions()).isEqualTo(1);
            assertThat(first.isInvalid()).isTrue();
            assertThat(request.getSession(false).isNew()).isFalse();
            assertThat(sessions.myOtherSessions()).isEmpty();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
