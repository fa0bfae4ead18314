package cn.gov.biyang.plan.base;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * All deadlines live in Asia/Shanghai. The notice's dates lie in 2019–2021, so the demo profile moves "today"
 * to {@code portal.demo-date} (time of day keeps ticking); production leaves the property empty and uses the real clock.
 */
@Configuration
public class ClockConfiguration {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock(@Value("${portal.demo-date:}") String demoDate) {
        Clock system = Clock.system(ZONE);
        if (demoDate == null || demoDate.isBlank()) {
            return system;
        }
        ZonedDateTime now = ZonedDateTime.now(system);
        ZonedDateTime shifted = LocalDate.parse(demoDate.trim()).atTime(now.toLocalTime()).atZone(ZONE);
        return Clock.offset(system, Duration.between(now, shifted));
    }
}
