package cn.gov.biyang.plan.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing from one network address across many accounts (per-account lockout alone does not). After
 * {@code free} failures within the window, each further attempt must wait a delay that doubles with every failure, up
 * to a minute; attempts made sooner are refused without checking the password. The limit is generous because a whole
 * county government often reaches the portal through one NAT address (docs/decisions/0031-login-protection.md).
 * Kept in memory per instance: with two instances an attacker gets at most twice the rate.
 */
@Component
class LoginThrottle {

    private static final Duration MAX_DELAY = Duration.ofMinutes(1);

    private final Clock clock;
    private final int free;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, @Value("${portal.security.throttle.free-failures:20}") int free,
                  @Value("${portal.security.throttle.window:15m}") Duration window) {
        this.clock = clock;
        this.free = free;
        this.window = window;
    }

    /** How long this address must still wait before its next attempt (zero when it may try now). */
    Duration waitFor(String address) {
        Deque<Instant> recent = failures.get(key(address));
        if (recent == null) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        synchronized (recent) {
            prune(recent, now);
            int over = recent.size() - free;
            if (over < 0 || recent.isEmpty()) {
                return Duration.ZERO;
            }
            Duration delay = Duration.ofSeconds(1L << Math.min(over, 6));
            if (delay.compareTo(MAX_DELAY) > 0) {
                delay = MAX_DELAY;
            }
            Duration left = Duration.between(now, recent.peekLast().plus(delay));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    void failed(String address) {
        Instant now = clock.instant();
        Deque<Instant> recent = failures.computeIfAbsent(key(address), k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            recent.addLast(now);
        }
        if (failures.size() > 10_000) {
            // never grow without bound under a distributed attack: forget addresses with nothing recent
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
    }

    private void prune(Deque<Instant> recent, Instant now) {
        Instant since = now.minus(window);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) {
            recent.removeFirst();
        }
    }

    private static String key(String address) {
        return address == null ? "?" : address;
    }
}
