package cn.gov.biyang.plan.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Base of the browser-less view tests: a fresh UI for each test ({@link #page}), signed-in users, the clock. */
@ViewTest
public abstract class ViewTestSupport {

    @Autowired protected ApplicationContext context;
    @Autowired protected UserDetailsService users;
    @Autowired protected MutableClock clock;
    @Autowired protected JdbcTemplate jdbc;
    protected ViewHarness page;

    @BeforeEach
    void openUi() {
        page = ViewHarness.start(context);
    }

    @AfterEach
    void closeUi() {
        page.close();
        TestUsers.signOut();
    }

    /** Signs the account in, as the login would; views and services then act for it. */
    protected void signIn(String username) {
        TestUsers.actAs(users, username);
    }
}
