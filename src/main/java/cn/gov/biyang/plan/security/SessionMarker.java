package cn.gov.biyang.plan.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * Kept in the HTTP session of a signed-in user: which {@code user_session} row it is, when the login happened and when
 * the user last did something (Vaadin heartbeats do not count). {@link SessionGuardFilter} reads it on every request.
 */
final class SessionMarker implements Serializable {

    static final String ATTRIBUTE = SessionMarker.class.getName();

    final long sessionId;
    final String username;
    final Instant startedAt;
    volatile Instant lastActivity;
    volatile Instant lastTouched;

    SessionMarker(long sessionId, String username, Instant startedAt) {
        this.sessionId = sessionId;
        this.username = username;
        this.startedAt = startedAt;
        this.lastActivity = startedAt;
        this.lastTouched = startedAt;
    }
}
