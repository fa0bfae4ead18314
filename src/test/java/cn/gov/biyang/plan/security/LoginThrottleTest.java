package cn.gov.biyang.plan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import cn.gov.biyang.plan.support.AdminTestClock;
import org.junit.jupiter.api.Test;

/** Many failures from one address: after the free ones each attempt waits longer, up to a minute; it passes off. */
class LoginThrottleTest {

    @Test
    void slowsDownOneAddressAndLeavesOthersAlone() {
        AdminTestClock clock = new AdminTestClock();
        LoginThrottle throttle = new LoginThrottle(clock, 20, Duration.ofMinutes(15));
        for (int i = 0; i < 19; i++) {
            throttle.failed("10.1.1.1");
        }
        assertThat(throttle.waitFor("10.1.1.1")).isZero();
        throttle.failed("10.1.1.1");
        assertThat(throttle.waitFor("10.1.1.1")).isEqualTo(Duration.ofSeconds(1));
        throttle.failed("10.1.1.1");
        throttle.failed("10.1.1.1");
        assertThat(throttle.waitFor("10.1.1.1")).isEqualTo(Duration.ofSeconds(4));
        for (int i = 0; i < 10; i++) {
            throttle.failed("10.1.1.1");
        }
        assertThat(throttle.waitFor("10.1.1.1")).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("10.2.2.2")).isZero();

        clock.advance(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("10.1.1.1")).isEqualTo(Duration.ofSeconds(30));
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.waitFor("10.1.1.1")).isZero();
    }
}
