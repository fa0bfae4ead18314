package cn.gov.biyang.plan.security;

import java.time.Clock;

import cn.gov.biyang.plan.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Login through the Chinese login view (which signs in step by step through {@link LoginService}, not by a form post);
 * every view declares the roles that may open them; security headers on every response; the session guard before
 * everything else (docs/decisions/0032-sessions.md, 0034-headers.md).
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

    /**
     * What Vaadin Flow needs (inline bootstrap script, functions built from server-sent expressions, inline styles)
     * and nothing from anywhere else; no framing at all.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginService login) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**", "/favicon.ico")
                .permitAll());
        // document downloads (submission feature): signed-in users only; the service checks each file per object.
        // Without this rule Vaadin's configurer denies every non-Vaadin path.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/files/**").authenticated());
        // chart library (ECharts webjar) for the dashboard: served from the portal itself, signed-in users only
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/webjars/**").authenticated());
        // ledgers and archived bulletins (monitoring feature): the same; its services refuse liaisons.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/office/exports/**").authenticated());
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        http.headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(f -> f.deny())
                // sent only on HTTPS requests (behind the proxy: X-Forwarded-Proto=https, see application-prod)
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                // written at the start of each request: Vaadin writes its pages without going through the lazy
                // "on commit" wrapper, so lazily written headers would be missing on exactly the HTML pages
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        LogoutHandler recordLogout = (request, response, authentication) -> recordLogout(login, authentication);
        // anyRequest: a mistyped address from a signed-in user reaches Vaadin, which shows the Chinese not-found
        // page (NotFoundView); by default the configurer denies it with a bare 403. Anonymous users still go to login.
        http.with(VaadinSecurityConfigurer.vaadin(), configurer -> configurer.loginView(LoginView.class, "/login")
                .addLogoutHandler(recordLogout)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    private static void recordLogout(LoginService login, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof PortalUserDetails details) {
            login.loggedOut(details.getUsername());
        }
    }

    /** Ahead of Spring Security (order -100), so that an ended session is gone before the security context is read. */
    @Bean
    FilterRegistrationBean<SessionGuardFilter> sessionGuard(SessionService sessions, Clock clock) {
        FilterRegistrationBean<SessionGuardFilter> registration =
                new FilterRegistrationBean<>(new SessionGuardFilter(sessions, clock));
        registration.setOrder(-110);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
