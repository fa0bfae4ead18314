package cn.gov.biyang.plan.security;

import cn.gov.biyang.plan.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Form login through the Chinese login view; every view declares the roles that may open it. */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**", "/favicon.ico")
                .permitAll());
        // document downloads (submission feature): signed-in users only; the service checks each file per object.
        // Without this rule Vaadin's configurer denies every non-Vaadin path.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/files/**").authenticated());
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        http.with(VaadinSecurityConfigurer.vaadin(), configurer -> configurer.loginView(LoginView.class, "/login"));
        return http.build();
    }
}
