package cn.gov.biyang.plan.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Acts as an account in a service test, the way a signed-in request would: services read the principal through
 * CurrentUser. Call {@link #signOut()} after each test (the security context is per thread).
 */
public final class TestUsers {

    private TestUsers() {
    }

    public static void actAs(UserDetailsService users, String username) {
        UserDetails principal = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
