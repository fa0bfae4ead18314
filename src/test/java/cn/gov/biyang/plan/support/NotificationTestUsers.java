package cn.gov.biyang.plan.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Acts as a demo account in service tests, the way a logged-in request would. */
public final class NotificationTestUsers {

    private NotificationTestUsers() {
    }

    public static void actAs(UserDetailsService users, String username) {
        UserDetails details = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    public static void clear() {
        SecurityContextHolder.clearContext();
    }
}
