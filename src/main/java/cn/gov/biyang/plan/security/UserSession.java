package cn.gov.biyang.plan.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A signed-in session as the database knows it: the user sees their other sessions, and ending one here ends it on
 * whichever instance holds it (its next request finds the row ended). The session id itself is not stored.
 */
@Entity
@Table(name = "user_session")
class UserSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private Instant startedAt;

    @Column(nullable = false)
    private Instant lastSeenAt;

    private String clientAddress;

    private String userAgent;

    private Instant endedAt;

    private String endReason;

    protected UserSession() {
    }

    UserSession(String username, Instant startedAt, String clientAddress, String userAgent) {
        this.username = username;
        this.startedAt = startedAt;
        this.lastSeenAt = startedAt;
        this.clientAddress = clientAddress;
        this.userAgent = userAgent;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getLastSeenAt() {
        return lastSeenAt;
    }

    String getClientAddress() {
        return clientAddress;
    }

    String getUserAgent() {
        return userAgent;
    }

    Instant getEndedAt() {
        return endedAt;
    }

    String getEndReason() {
        return endReason;
    }

    boolean isEnded() {
        return endedAt != null;
    }

    void end(Instant when, String reason) {
        if (endedAt == null) {
            this.endedAt = when;
            this.endReason = reason;
        }
    }
}
