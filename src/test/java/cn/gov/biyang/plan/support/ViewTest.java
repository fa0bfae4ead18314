package cn.gov.biyang.plan.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDateTime;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * The browser-less view tests' context, one shared by all of them ({@link ViewHarness}, {@link ViewTestSupport}): a
 * {@link PortalTest} without background jobs (the tests run them) and with a clock the tests move, starting on the
 * demo date.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PortalTest
@TestPropertySource(properties = "portal.scheduling.enabled=false")
@Import(ViewTest.Clock.class)
public @interface ViewTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Clock {

        @Bean
        @Primary
        MutableClock viewTestClock() {
            return new MutableClock(LocalDateTime.of(2020, 1, 15, 10, 0));
        }
    }
}
