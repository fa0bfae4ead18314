package cn.gov.biyang.plan.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Acts as a given account in a service test, the way a signed-in request would (see CurrentUser). */
public final class AdminTestUsers {

    private AdminTestUsers() {
    }

    public static void actAs(UserDetailsService users, String username) {
        UserDetails details = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    public static void anonymous() {
        SecurityContextHolder.clearContext();
    }

}
