package cn.gov.biyang.plan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Password policy: 10 to 128 characters, not common, not derived from the user name, no composition rules. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void lengthFromTenUpToOneHundredTwentyEightCharacters() {
        assertThat(policy.problem("wang", "9chars-ok")).hasValueSatisfying(p -> assertThat(p).contains("至少需要 10"));
        assertThat(policy.problem("wang", "tenchars-x")).isEmpty();
        String sentence = "the quick brown fox jumps over the lazy dog ".repeat(3);
        assertThat(policy.problem("wang", sentence.substring(0, 128))).isEmpty();
        assertThat(policy.problem("wang", sentence.substring(0, 129)))
                .hasValueSatisfying(p -> assertThat(p).contains("最多 128"));
        // Chinese characters count as characters, not bytes: 128 of them (384 bytes in UTF-8) are accepted
        assertThat(policy.problem("wang", "泌阳县规划编制协同平台十四五".repeat(9) + "好")).isEmpty();
    }

    @Test
    void commonPasswordsAreRefused() {
        assertThat(policy.problem("wang", "1234567890")).hasValueSatisfying(p -> assertThat(p).contains("常见密码"));
        assertThat(policy.problem("wang", "QWERTYUIOP")).isPresent();
        assertThat(policy.problem("wang", "woaini1314")).isPresent();
        assertThat(policy.problem("wang", "portal-demo")).isPresent();
        assertThat(policy.problem("wang", "aaaaaaaaaaaa")).isPresent();
        assertThat(policy.problem("wang", "abcdefghijklm")).isPresent();
        assertThat(policy.problem("wang", "泌水河畔的春天来得早")).isEmpty();
    }

    @Test
    void theUserNameIsNotAPassword() {
        assertThat(policy.problem("huayuan", "huayuan2020!")).hasValueSatisfying(p -> assertThat(p).contains("用户名"));
        assertThat(policy.problem("huayuan", "nauyauh-2020")).isPresent();
        assertThatThrownBy(() -> policy.check("office", "my-office-pass")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("用户名");
    }
}
