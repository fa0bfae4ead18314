package cn.gov.biyang.plan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import cn.gov.biyang.plan.organization.OrganizationService;
import cn.gov.biyang.plan.support.AdminSecurityTest;
import cn.gov.biyang.plan.support.AdminTestClock;
import cn.gov.biyang.plan.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The audit log: the database refuses edits and deletes; an edit made behind its back (as a DBA could) breaks the
 * hash chain at that record, which the check reports; the office searches by user, unit, object, action and date
 * and exports CSV; nobody else reads it.
 */
@AdminSecurityTest
class AuditLogTest {

    @Autowired
    AuditService audit;
    @Autowired
    AuditChain chain;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    OrganizationService organization;
    @Autowired
    AdminTestClock clock;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private long sealedId(String action) {
        audit.record("shuili", action, "WorkItem", "8", "测试记录");
        Long id = jdbc.queryForObject("select max(id) from audit_event where action = ?", Long.class, action);
        // the background sealer may hold the lock for a moment: seal until this record is in the chain
        for (int i = 0; i < 50 && jdbc.queryForObject("select hash from audit_event where id = ?", String.class, id)
                == null; i++) {
            chain.seal();
        }
        return id;
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteRecords() {
        long id = sealedId("TEST_IMMUTABLE");
        assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'x' where id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event")).hasMessageContaining("truncated");
    }

    @Test
    void anEditedRowBreaksTheChainAtThatRecord() {
        long id = sealedId("TEST_TAMPER");
        TestUsers.actAs(users, "office");
        assertThat(audit.verifyChain().intact()).isTrue();
        Long seq = jdbc.queryForObject("select chain_seq from audit_event where id = ?", Long.class, id);

        tamper(id, "篡改后的记录");
        try {
            ChainCheck check = chain.verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.brokenAt()).isEqualTo(seq);
            assertThat(check.brokenEventId()).isEqualTo(id);
        } finally {
            tamper(id, "测试记录");
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    /** What a DBA could do: switch the triggers off for the session and edit a row. */
    private void tamper(long id, String detail) {
        jdbc.execute((ConnectionCallback<Void>) c -> {
            try (var s = c.createStatement()) {
                s.execute("set session_replication_role = replica");
                s.execute("update audit_event set detail = '" + detail + "' where id = " + id);
                s.execute("set session_replication_role = origin");
            }
            return null;
        });
    }

    @Test
    void theOfficeSearchesByUserUnitObjectActionAndDateAndExports() {
        audit.record("shuili", "TEST_SEARCH", "WorkItem", "8", "水利课题的记录");
        audit.record("huayuan", "TEST_SEARCH", "WorkItem", "9", "街道的记录");
        TestUsers.actAs(users, "office");
        Long shuiliUnit = organization.byCode("shuili").orElseThrow().getId();

        AuditQuery byAction = new AuditQuery(null, null, null, null, "TEST_SEARCH", null, null);
        assertThat(audit.count(byAction)).isEqualTo(2);
        assertThat(audit.search(new AuditQuery("SHUILI", null, null, null, "TEST_SEARCH", null, null), 0, 10))
                .extracting(AuditRow::detail).containsExactly("水利课题的记录");
        assertThat(audit.search(new AuditQuery(null, shuiliUnit, null, null, "TEST_SEARCH", null, null), 0, 10))
                .extracting(AuditRow::actor).containsExactly("shuili");
        assertThat(audit.search(new AuditQuery(null, null, "WorkItem", "9", "TEST_SEARCH", null, null), 0, 10))
                .extracting(AuditRow::actor).containsExactly("huayuan");
        LocalDate today = LocalDate.now(clock);
        assertThat(audit.count(new AuditQuery(null, null, null, null, "TEST_SEARCH", today, today))).isEqualTo(2);
        assertThat(audit.count(new AuditQuery(null, null, null, null, "TEST_SEARCH", today.plusDays(1), null)))
                .isZero();
        List<AuditRow> page = audit.search(byAction, 1, 1);
        assertThat(page).hasSize(1).extracting(AuditRow::actor).containsExactly("shuili");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        audit.exportCsv(byAction, id -> id.equals(shuiliUnit) ? "县水利局" : "?", out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF序号,时间,用户,单位,操作").contains("\"县水利局\"", "\"水利课题的记录\"");
        assertThat(csv.lines().count()).isEqualTo(3);
        assertThat(audit.latestOfAction("AUDIT_EXPORTED", 1)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("office"));
    }

    @Test
    void onlyTheOfficeReadsTheLogAndRefusalsAreRecorded() {
        TestUsers.actAs(users, "leader");
        assertThatThrownBy(() -> audit.search(AuditQuery.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        TestUsers.actAs(users, "shuili");
        assertThatThrownBy(() -> audit.count(AuditQuery.all())).isInstanceOf(AccessDeniedException.class);
        TestUsers.signOut();
        assertThatThrownBy(() -> audit.verifyChain()).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForList("select actor from audit_event where action = 'AUDIT_SEARCH'"
                + " and result = 'DENIED'", String.class)).contains("leader", "shuili");
    }
}
