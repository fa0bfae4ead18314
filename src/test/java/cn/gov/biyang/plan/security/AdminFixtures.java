package cn.gov.biyang.plan.security;

import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.biyang.plan.organization.OrganizationService;
import cn.gov.biyang.plan.security.AccountService.AccountForm;
import cn.gov.biyang.plan.support.TestUsers;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Fresh accounts for each test (the security tests share one context, so no test reuses another's account). */
@Component
class AdminFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final AccountService accounts;
    private final OrganizationService organization;
    private final UserDetailsService users;

    AdminFixtures(AccountService accounts, OrganizationService organization, UserDetailsService users) {
        this.accounts = accounts;
        this.organization = organization;
        this.users = users;
    }

    /** A new account created by the office; returns {user name, temporary password}. */
    String[] newAccount(Role role, String unitCode) {
        TestUsers.actAs(users, "office");
        try {
            String name = "t" + role.name().toLowerCase() + SEQ.incrementAndGet();
            Long unit = unitCode == null ? null : organization.byCode(unitCode).orElseThrow().getId();
            String password = accounts.create(new AccountForm(name, "测试" + name, role, unit, null, null));
            return new String[] {name, password};
        } finally {
            TestUsers.signOut();
        }
    }

    /** A distinct client address per test, so the per-address slow-down of one test never touches another. */
    static String address() {
        return "10.9." + (SEQ.incrementAndGet() % 250) + "." + (SEQ.incrementAndGet() % 250);
    }
}
