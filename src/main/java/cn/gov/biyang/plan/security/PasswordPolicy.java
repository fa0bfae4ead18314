package cn.gov.biyang.plan.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules of GB/T 22239 / OWASP ASVS 2.1 as NIST SP 800-63B puts them: length (10 to 128 characters), not a
 * known common password, not derived from the user name. No composition rules: they make passwords harder to
 * remember, not harder to guess. See docs/decisions/0030-passwords.md.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common = new HashSet<>();

    public PasswordPolicy() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> common.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why the password is not acceptable for this user (a Chinese sentence), or empty when it is. */
    public Optional<String> problem(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("密码至少需要 " + MIN_LENGTH + " 个字符。");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("密码最多 " + MAX_LENGTH + " 个字符。");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        // very short user names (e.g. "hu") would forbid too much: for them only the name itself is refused
        boolean derived = name.length() >= 4
                ? lower.contains(name) || lower.contains(new StringBuilder(name).reverse())
                : !name.isEmpty() && lower.equals(name);
        if (derived) {
            return Optional.of("密码不能包含用户名。");
        }
        if (common.contains(lower) || isTrivialPattern(lower)) {
            return Optional.of("这是常见密码，容易被猜中，请换一个。");
        }
        return Optional.empty();
    }

    /** Throws with the Chinese reason when the password is not acceptable. */
    public void check(String username, String password) {
        problem(username, password).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
    }

    /** One repeated character, or a run of consecutive characters (abcdefghij, 9876543210). */
    private static boolean isTrivialPattern(String p) {
        if (p.chars().distinct().count() <= 2) {
            return true;
        }
        int up = 0;
        int down = 0;
        for (int i = 1; i < p.length(); i++) {
            int d = p.charAt(i) - p.charAt(i - 1);
            up += d == 1 ? 1 : 0;
            down += d == -1 ? 1 : 0;
        }
        return up == p.length() - 1 || down == p.length() - 1;
    }
}
