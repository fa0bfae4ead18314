package cn.gov.biyang.plan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** TOTP against the test vectors of RFC 6238 (appendix B, SHA-1) and the portal's window and replay rules. */
class TotpTest {

    /** The RFC's SHA-1 seed "12345678901234567890", Base32 encoded. */
    static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void rfc6238TestVectors() {
        assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)), 8)).isEqualTo("94287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)), 8)).isEqualTo("07081804");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890)), 8)).isEqualTo("89005924");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(20000000000L)), 8)).isEqualTo("65353130");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
    }

    @Test
    void acceptsOneStepOfDriftAndEachCodeOnce() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);
        String current = Totp.code(RFC_SECRET, now);
        String previous = Totp.code(RFC_SECRET, now.minusSeconds(30));
        String tooOld = Totp.code(RFC_SECRET, now.minusSeconds(90));
        assertThat(Totp.matchingStep(RFC_SECRET, current, now, 0)).isEqualTo(step);
        assertThat(Totp.matchingStep(RFC_SECRET, previous, now, 0)).isEqualTo(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, tooOld, now, 0)).isEqualTo(-1);
        // the same code again (its step already used) is refused: no replay
        assertThat(Totp.matchingStep(RFC_SECRET, current, now, step)).isEqualTo(-1);
        assertThat(Totp.matchingStep(RFC_SECRET, "12345", now, 0)).isEqualTo(-1);
        assertThat(Totp.matchingStep(RFC_SECRET, " " + current.substring(0, 3) + " " + current.substring(3), now, 0))
                .isEqualTo(step);
    }

    @Test
    void secretsRoundTripAndTheUriIsWhatAppsRead() {
        String secret = Totp.newSecret();
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.base32(Totp.unbase32(secret))).isEqualTo(secret);
        assertThat(Totp.uri("规划编制协同平台", "office", "ABCD")).startsWith("otpauth://totp/")
                .contains("secret=ABCD").contains("digits=6").contains("period=30").contains(":office");
        assertThat(Totp.grouped("ABCDEFGHIJ")).isEqualTo("ABCD EFGH IJ");
    }
}
