package cn.gov.biyang.plan.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.biyang.plan.organization.OrganizationService;
import cn.gov.biyang.plan.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo profile's accounts: office, leader and one liaison per unit, all with the password portal-demo. */
@PortalTest
class DemoAccountsTest {

    @Autowired
    AccountService accounts;
    @Autowired
    OrganizationService organization;
    @Autowired
    PortalUserDetailsService userDetails;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void officeLeaderAndOneLiaisonPerUnit() {
        SignedInUser office = accounts.find("office").orElseThrow();
        assertThat(office.role()).isEqualTo(Role.OFFICE);
        assertThat(office.unitId()).isEqualTo(organization.byCode("fagai").orElseThrow().getId());

        assertThat(accounts.find("leader").orElseThrow().role()).isEqualTo(Role.LEADER);

        SignedInUser shuili = accounts.find("shuili").orElseThrow();
        assertThat(shuili.role()).isEqualTo(Role.LIAISON);
        assertThat(shuili.unitId()).isEqualTo(organization.byCode("shuili").orElseThrow().getId());

        long liaisons = accounts.all().stream().filter(a -> a.role() == Role.LIAISON).count();
        assertThat(liaisons).isEqualTo(organization.allUnits().size());
    }

    @Test
    void passwordsAreStoredAsAdaptiveHashes() {
        String hash = jdbc.queryForObject("select password_hash from app_user where username = 'shuili'", String.class);
        // PBKDF2 (bcrypt would cut passwords at 72 bytes; docs/decisions/0030-passwords.md)
        assertThat(hash).startsWith("{pbkdf2@SpringSecurity_v5_8}").doesNotContain("portal-demo");
        assertThat(encoder.matches("portal-demo", hash)).isTrue();
        assertThat(encoder.matches("portal-demo2", hash)).isFalse();
    }

    @Test
    void unknownUserIsNotFound() {
        assertThatThrownBy(() -> userDetails.loadUserByUsername("nobody"))
                .isInstanceOf(org.springframework.security.core.userdetails.UsernameNotFoundException.class);
        assertThat(userDetails.loadUserByUsername("SHUILI").getUsername()).isEqualTo("shuili");
    }
}
