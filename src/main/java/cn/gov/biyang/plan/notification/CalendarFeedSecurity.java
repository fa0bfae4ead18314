package cn.gov.biyang.plan.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** Calendar apps cannot log in: the feed's secret token is its credential, so /calendar/** needs no session. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class CalendarFeedSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain calendarFeedChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/calendar/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .build();
    }
}
