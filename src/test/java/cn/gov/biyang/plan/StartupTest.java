package cn.gov.biyang.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whole-application starts on one persistent embedded PostgreSQL data directory: a restart keeps data and duplicates
 * nothing (the demo activity included); the prod profile creates no demo accounts nor demo activity and refuses to start on an empty database without an
 * administrator password. Each start serves on a random port.
 */
class StartupTest {

    private static ConfigurableApplicationContext start(String dataDir, String... extra) {
        String[] base = {"--portal.embedded-db.data-dir=" + dataDir, "--portal.embedded-db.port=0",
                "--server.port=0"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return new SpringApplicationBuilder(PlanningPortalApplication.class).run(args);
    }

    private static String freshDir() {
        return "target/test-pg/startup-" + UUID.randomUUID();
    }

    @Test
    void restartKeepsDataAndDuplicatesNothing() {
        String dir = freshDir();
        String counts;
        try (ConfigurableApplicationContext first = start(dir)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            counts = counts(jdbc);
            assertThat(counts).isEqualTo(
                    "units=57 items=60 phases=5 cycles=1 members=42 users=59 deliverables=168 rounds=14 projects=30");
            jdbc.update("insert into audit_event (occurred_at, actor, action, result) values (now(), 'test', 'MARK', 'OK')");
        }
        try (ConfigurableApplicationContext second = start(dir)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(counts(jdbc)).isEqualTo(counts);
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'MARK'", Integer.class))
                    .isEqualTo(1);
        }
    }

    @Test
    void productionRefusesToStartOnAnEmptyDatabaseWithoutAdministratorPassword() {
        assertThatThrownBy(() -> start(freshDir(), "--spring.profiles.active=prod",
                "--portal.admin.initial-password=", "--vaadin.productionMode=false"))
                .hasStackTraceContaining("PORTAL_ADMIN_PASSWORD");
    }

    @Test
    void productionCreatesOnlyTheAdministrator() {
        String dir = freshDir();
        try (ConfigurableApplicationContext prod = start(dir, "--spring.profiles.active=prod",
                "--portal.admin.initial-password=a-long-secret-123", "--vaadin.productionMode=false")) {
            JdbcTemplate jdbc = prod.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select username from app_user", String.class)).containsExactly("admin");
            assertThat(jdbc.queryForObject("select count(*) from work_item", Integer.class)).isEqualTo(60);
            // no demo activity (portal.demo.activity=false in the prod profile)
            assertThat(count(jdbc, "review_round")).isZero();
            assertThat(count(jdbc, "document_version")).isZero();
            assertThat(count(jdbc, "project")).isZero();
            assertThat(jdbc.queryForObject("select count(*) from deliverable where name = '十三五规划完成情况预测'",
                    Integer.class)).isZero();
        }
        // started again without the prod profile (the demo settings are the default): refused, nothing added
        assertThatThrownBy(() -> start(dir, "--vaadin.productionMode=false"))
                .hasStackTraceContaining("SPRING_PROFILES_ACTIVE=prod");
        // nor with only the demo date left on (reminders of 2020's deadlines to real people)
        assertThatThrownBy(() -> start(dir, "--vaadin.productionMode=false", "--portal.demo.accounts=false",
                "--portal.demo.activity=false")).hasStackTraceContaining("SPRING_PROFILES_ACTIVE=prod");
        try (ConfigurableApplicationContext prod = start(dir, "--spring.profiles.active=prod",
                "--vaadin.productionMode=false")) {
            JdbcTemplate jdbc = prod.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select username from app_user", String.class)).containsExactly("admin");
            assertThat(count(jdbc, "project")).isZero();
        }
    }

    private static String counts(JdbcTemplate jdbc) {
        return "units=" + count(jdbc, "unit") + " items=" + count(jdbc, "work_item") + " phases=" + count(jdbc, "phase")
                + " cycles=" + count(jdbc, "planning_cycle") + " members=" + count(jdbc, "leadership_member")
                + " users=" + count(jdbc, "app_user")
                // 33 topic reports, 26 special plans × 5 stages, 4 master-plan stages (submission feature), and the demo
                // activity's late 十三五规划完成情况预测
                + " deliverables=" + count(jdbc, "deliverable")
                // demo activity: 10 topic reports + 1 resubmission + 3 编制工作方案; 30 projects
                + " rounds=" + count(jdbc, "review_round") + " projects=" + count(jdbc, "project");
    }

    private static int count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
