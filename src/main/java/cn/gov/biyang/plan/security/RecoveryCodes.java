package cn.gov.biyang.plan.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.gov.biyang.plan.base.Sha256;
import org.springframework.stereotype.Component;

/**
 * Ten one-time recovery codes per enrolled account, for a lost or replaced phone. They are random (50 bits each),
 * so a plain SHA-256 is enough to keep them unreadable in the database; a slow password hash would only slow logins.
 */
@Component
class RecoveryCodes {

    static final int COUNT = 10;
    /** No 0/O, 1/l/I: codes get copied from paper. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RecoveryCodeRepository codes;
    private final Clock clock;

    RecoveryCodes(RecoveryCodeRepository codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    /** Replaces the account's codes with ten new ones and returns them (shown once, never stored in clear). */
    List<String> renew(UserAccount account) {
        codes.deleteAllOf(account.getId());
        List<String> plain = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int j = 0; j < 10; j++) {
                if (j == 5) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            plain.add(code.toString());
            codes.save(new RecoveryCode(account.getId(), hash(code.toString())));
        }
        return plain;
    }

    /** Uses up the matching unused code; false when none matches. */
    boolean use(UserAccount account, String code) {
        String wanted = hash(normalize(code));
        for (RecoveryCode c : codes.findUnused(account.getId())) {
            if (MessageDigest.isEqual(c.getCodeHash().getBytes(StandardCharsets.US_ASCII),
                    wanted.getBytes(StandardCharsets.US_ASCII))) {
                c.use(clock.instant());
                return true;
            }
        }
        return false;
    }

    long unusedCount(UserAccount account) {
        return codes.findUnused(account.getId()).size();
    }

    void removeAll(UserAccount account) {
        codes.deleteAllOf(account.getId());
    }

    static boolean looksLikeRecoveryCode(String input) {
        String s = normalize(input);
        return s.length() == 11 && s.charAt(5) == '-';
    }

    private static String normalize(String input) {
        String s = input == null ? "" : input.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        if (s.length() == 10 && s.indexOf('-') < 0) {
            s = s.substring(0, 5) + "-" + s.substring(5);
        }
        return s;
    }

    private static String hash(String code) {
        return Sha256.hex(code);
    }
}
