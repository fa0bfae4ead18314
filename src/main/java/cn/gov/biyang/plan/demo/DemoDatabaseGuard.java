package cn.gov.biyang.plan.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo settings are the default (the README's run command), so someone may start the portal without the prod
 * profile against the production database. That would add demo accounts with a published password, demo activity, and
 * move "today" to 2020 — reminders of 2020's deadlines to real people. A database that the prod profile set up (its
 * first administrator is in the audit log) therefore refuses any of the demo settings (demo accounts, demo activity,
 * demo date): the start stops with what to do.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoDatabaseGuard implements ApplicationRunner {

    static final String REFUSAL = "此数据库由生产配置（prod）初始化，不能以演示配置启动（否则会创建公开密码的演示账号、"
            + "写入演示数据并把“今天”改为演示日期）。请设置 SPRING_PROFILES_ACTIVE=prod 后再启动。"
            + " This database was set up by the prod profile; start it with SPRING_PROFILES_ACTIVE=prod.";

    private final JdbcTemplate jdbc;
    private final boolean demo;

    DemoDatabaseGuard(JdbcTemplate jdbc, @Value("${portal.demo.accounts:false}") boolean demoAccounts,
                      @Value("${portal.demo.activity:false}") boolean demoActivity,
                      @Value("${portal.demo-date:}") String demoDate) {
        this.jdbc = jdbc;
        // any one of them is enough to do harm: published passwords, made-up activity, or reminders dated 2020
        this.demo = demoAccounts || demoActivity || !demoDate.isBlank();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo) {
            return;
        }
        Boolean production = jdbc.queryForObject(
                "select exists (select 1 from audit_event where action = 'ADMIN_CREATED')", Boolean.class);
        if (Boolean.TRUE.equals(production)) {
            throw new IllegalStateException(REFUSAL);
        }
    }
}
