package cn.gov.biyang.plan.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before Spring Security on every request of a signed-in session and ends the session when
 * <ul>
 *   <li>the user did nothing for the idle timeout — Vaadin heartbeats, which an open tab sends every few minutes,
 *   keep the HTTP session alive but do not count as activity here;</li>
 *   <li>the login is older than the absolute lifetime;</li>
 *   <li>its {@code user_session} row was ended (by the user elsewhere, by the office disabling the account), possibly
 *   on the other instance.</li>
 * </ul>
 * The request then goes on without a session: a page asks for login, a Vaadin request gets "session expired" and the
 * page reloads into the login view.
 */
class SessionGuardFilter extends OncePerRequestFilter {

    /** How often an active session writes its last activity to the database (for the session list). */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final SessionService sessions;
    private final Clock clock;

    SessionGuardFilter(SessionService sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && !isStaticResource(request)) {
            check(session, request);
        }
        chain.doFilter(request, response);
    }

    /** Ends the session if it must end; otherwise counts the request as activity unless it is a heartbeat. */
    void check(HttpSession session, HttpServletRequest request) {
        Object attribute;
        try {
            attribute = session.getAttribute(SessionMarker.ATTRIBUTE);
        } catch (IllegalStateException invalidated) {
            return;
        }
        if (!(attribute instanceof SessionMarker marker)) {
            return;
        }
        Instant now = clock.instant();
        String reason = null;
        if (!now.isBefore(marker.startedAt.plus(sessions.absoluteTimeout()))) {
            reason = "ABSOLUTE_TIMEOUT";
        } else if (!now.isBefore(marker.lastActivity.plus(sessions.idleTimeout()))) {
            reason = "IDLE_TIMEOUT";
        } else if (!sessions.isOpen(marker.sessionId)) {
            reason = "REVOKED";
        }
        if (reason != null) {
            sessions.endedByGuard(marker, reason);
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended concurrently
            }
            return;
        }
        if (!isHeartbeat(request)) {
            marker.lastActivity = now;
            if (!now.isBefore(marker.lastTouched.plus(TOUCH_EVERY))) {
                marker.lastTouched = now;
                sessions.touch(marker.sessionId);
            }
        }
    }

    /** Vaadin's keep-alive request ({@code ?v-r=heartbeat}); every user action is a {@code v-r=uidl} request. */
    static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && (query.startsWith("v-r=heartbeat") || query.contains("&v-r=heartbeat"));
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/VAADIN/") || path.startsWith("/styles/") || path.startsWith("/images/")
                || path.equals("/favicon.ico");
    }
}
