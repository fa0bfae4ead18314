package cn.gov.biyang.plan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.gov.biyang.plan.support.AdminSecurityTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Security headers on real responses of the running portal; HSTS only when the request came over HTTPS. */
@AdminSecurityTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path, boolean viaHttpsProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (viaHttpsProxy) {
            // what the TLS reverse proxy adds; honoured because forwarded headers are on (as in the prod profile)
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLoginPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = get("/login", false);
        assertThat(response.statusCode()).isEqualTo(200);
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'", "form-action 'self'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void hstsWhenServedOverHttpsBehindTheProxy() throws Exception {
        HttpResponse<String> response = get("/login", true);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                v -> assertThat(v).contains("max-age=31536000").contains("includeSubDomains"));
    }

    @Test
    void pagesNeedALoginAndTheSessionCookieIsHttpOnly() throws Exception {
        HttpResponse<String> response = get("/admin/accounts", false);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(
                c -> assertThat(c).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly"));
    }
}
