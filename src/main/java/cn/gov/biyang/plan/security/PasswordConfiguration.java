package cn.gov.biyang.plan.security;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    static final String DEFAULT_ID = "pbkdf2@SpringSecurity_v5_8";

    /**
     * Delegating encoder. New hashes are PBKDF2-HMAC-SHA256 (310,000 iterations, random salt): bcrypt only reads the
     * first 72 bytes of a password, and our policy accepts 128 characters (up to 384 bytes in Chinese). Hashes stored
     * as {bcrypt} still verify and are re-hashed at the next successful login (docs/decisions/0030-passwords.md).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put(DEFAULT_ID, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(DEFAULT_ID, encoders);
    }
}
