package cn.gov.biyang.plan.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import cn.gov.biyang.plan.base.ClockConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the test moves by hand (lockout and session timeouts, TOTP steps); starts on the demo date at 10:00. */
public class AdminTestClock extends Clock {

    public static final Instant START = LocalDateTime.of(2020, 1, 15, 10, 0).atZone(ClockConfiguration.ZONE).toInstant();

    private volatile Instant now = START;

    public void advance(Duration d) {
        now = now.plus(d);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ClockConfiguration.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Replaces the application's clock in {@link AdminSecurityTest} contexts. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        AdminTestClock adminTestClock() {
            return new AdminTestClock();
        }
    }
}
