package cn.gov.biyang.plan.security;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The signed-in HTTP sessions this instance holds, by their {@code user_session} row, so that disabling an account or
 * ending a session takes effect at once here; the other instance notices at its next request ({@link
 * SessionGuardFilter}). Registered with the servlet container as a session listener (Spring Boot does that for
 * listener beans).
 */
@Component
class LiveSessions implements HttpSessionListener {

    private final Map<Long, HttpSession> byRow = new ConcurrentHashMap<>();
    private final ObjectProvider<SessionService> sessions;

    LiveSessions(ObjectProvider<SessionService> sessions) {
        this.sessions = sessions;
    }

    void register(long row, HttpSession session) {
        byRow.put(row, session);
    }

    /** Invalidates the local HTTP sessions of these rows (those on another instance end at their next request). */
    void invalidate(Collection<Long> rows) {
        for (Long row : rows) {
            HttpSession session = byRow.remove(row);
            if (session != null) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                    // ended meanwhile: nothing left to do
                }
            }
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object marker = event.getSession().getAttribute(SessionMarker.ATTRIBUTE);
        if (marker instanceof SessionMarker m) {
            byRow.remove(m.sessionId);
            // the container timed it out (tab closed) or it was invalidated: the row is ended if nothing else did so
            SessionService service = sessions.getIfAvailable();
            if (service != null) {
                try {
                    service.ended(m.sessionId, "EXPIRED");
                } catch (RuntimeException e) {
                    // at shutdown the database may already be gone; the row then ages out by its last activity
                }
            }
        }
    }
}
