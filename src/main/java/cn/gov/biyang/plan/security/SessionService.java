package cn.gov.biyang.plan.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.gov.biyang.plan.audit.AuditService;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signed-in sessions: their idle and absolute limits, the list a user sees of their own sessions, and ending them
 * (by the user, by logout, by the office disabling the account, by the timeouts). See
 * docs/decisions/0032-sessions.md.
 */
@Service
@Transactional(readOnly = true)
public class SessionService {

    private final UserSessionRepository sessions;
    private final LiveSessions live;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration absoluteTimeout;

    SessionService(UserSessionRepository sessions, LiveSessions live, CurrentUser currentUser, AuditService audit,
                   Clock clock, @Value("${portal.security.session.idle-timeout:30m}") Duration idleTimeout,
                   @Value("${portal.security.session.absolute-timeout:12h}") Duration absoluteTimeout) {
        this.sessions = sessions;
        this.live = live;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.absoluteTimeout = absoluteTimeout;
    }

    /** A session as its owner sees it; {@code current} marks the one the list is shown in. */
    public record SessionInfo(long id, Instant startedAt, Instant lastSeenAt, String clientAddress, String userAgent,
                              boolean current) {
    }

    Duration idleTimeout() {
        return idleTimeout;
    }

    Duration absoluteTimeout() {
        return absoluteTimeout;
    }

    @Transactional
    long start(String username, String address, String userAgent, HttpSession httpSession) {
        UserSession s = sessions.save(new UserSession(username, clock.instant(), cut(address, 64), cut(userAgent, 300)));
        live.register(s.getId(), httpSession);
        return s.getId();
    }

    boolean isOpen(long id) {
        return Boolean.TRUE.equals(sessions.isOpen(id));
    }

    @Transactional
    void touch(long id) {
        sessions.touch(id, clock.instant());
    }

    /** Marks the row ended unless something already did (and so recorded its own reason). */
    @Transactional
    void ended(long id, String reason) {
        sessions.findById(id).ifPresent(s -> s.end(clock.instant(), reason));
    }

    /** The guard found the session idle, too old or ended elsewhere: record why. */
    @Transactional
    void endedByGuard(SessionMarker marker, String reason) {
        sessions.findById(marker.sessionId).ifPresent(s -> s.end(clock.instant(), reason));
        audit.record(marker.username, "SESSION_ENDED", "UserSession", String.valueOf(marker.sessionId),
                switch (reason) {
                    case "IDLE_TIMEOUT" -> "空闲超过 " + idleTimeout.toMinutes() + " 分钟，会话结束";
                    case "ABSOLUTE_TIMEOUT" -> "登录已满 " + absoluteTimeout.toHours() + " 小时，会话结束";
                    default -> "会话已在别处结束（" + reason + "）";
                });
    }

    /** The user's sessions that are still open, newest first. */
    List<SessionInfo> openSessionsOf(String username, Long currentSessionId) {
        Instant now = clock.instant();
        return sessions.findOpen(username, now.minus(idleTimeout), now.minus(absoluteTimeout)).stream()
                .map(s -> new SessionInfo(s.getId(), s.getStartedAt(), s.getLastSeenAt(), s.getClientAddress(),
                        s.getUserAgent(), currentSessionId != null && currentSessionId == s.getId()))
                .toList();
    }

    /** Ends every session of the user, here at once and on another instance at its next request. */
    @Transactional
    int endAllOf(String username, String reason) {
        List<Long> ids = sessions.findIdsNotEnded(username);
        int n = sessions.endAllOf(username, clock.instant(), reason);
        afterCommit(() -> live.invalidate(ids));
        return n;
    }

    @Transactional
    void endOne(long id, String reason) {
        sessions.findById(id).ifPresent(s -> s.end(clock.instant(), reason));
        afterCommit(() -> live.invalidate(List.of(id)));
    }

    // ---- the signed-in user's own sessions ----

    public List<SessionInfo> mySessions() {
        SignedInUser me = currentUser.require();
        return openSessionsOf(me.username(), currentMarker().map(m -> m.sessionId).orElse(null));
    }

    /** Ends one of the user's other sessions (the current one ends by logging out). */
    @Transactional
    public void endMySession(long id) {
        SignedInUser me = currentUser.require();
        UserSession s = sessions.findById(id).orElseThrow(() -> new IllegalArgumentException("会话不存在"));
        if (!s.getUsername().equalsIgnoreCase(me.username())) {
            audit.recordRefusal(me.username(), "SESSION_END", "UserSession", String.valueOf(id), "不能结束他人的会话");
            throw new AccessDeniedException("只能结束自己的会话");
        }
        if (currentMarker().map(m -> m.sessionId == id).orElse(false)) {
            throw new IllegalArgumentException("当前会话请使用“退出”结束");
        }
        endOne(id, "ENDED_BY_USER");
        audit.record(me.username(), "SESSION_ENDED", "UserSession", String.valueOf(id), "用户结束了自己的另一个会话");
    }

    /** The signed-in user's sessions other than the one of this request. */
    public List<SessionInfo> myOtherSessions() {
        return mySessions().stream().filter(s -> !s.current()).toList();
    }

    /** Ends all the user's sessions but the one of this request (e.g. right after a login, if they are not theirs). */
    @Transactional
    public int endMyOtherSessions() {
        SignedInUser me = currentUser.require();
        List<SessionInfo> others = myOtherSessions();
        others.forEach(s -> endOne(s.id(), "ENDED_BY_USER"));
        if (!others.isEmpty()) {
            audit.record(me.username(), "SESSION_ENDED", "UserSession", null,
                    "用户结束了本账号的其他 " + others.size() + " 个会话");
        }
        return others.size();
    }

    /** The marker of the HTTP session of the request being served, if it is a signed-in one. */
    static Optional<SessionMarker> currentMarker() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpSession session = attrs.getRequest().getSession(false);
            if (session != null && session.getAttribute(SessionMarker.ATTRIBUTE) instanceof SessionMarker m) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
