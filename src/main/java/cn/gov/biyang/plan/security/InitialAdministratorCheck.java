package cn.gov.biyang.plan.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Production starts with no demo accounts: on an empty database the first administrator ({@code admin}) is created
 * from PORTAL_ADMIN_PASSWORD, and without it the portal refuses to start rather than run with no way in.
 */
@Component
@Profile("prod")
@Order(5)
class InitialAdministratorCheck implements ApplicationRunner {

    static final int MIN_LENGTH = 10;

    private final AccountService accounts;
    private final String initialPassword;

    InitialAdministratorCheck(AccountService accounts, @Value("${portal.admin.initial-password:}") String initialPassword) {
        this.accounts = accounts;
        this.initialPassword = initialPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        if (initialPassword == null || initialPassword.isBlank()) {
            throw new IllegalStateException("数据库中没有任何账号：请设置环境变量 PORTAL_ADMIN_PASSWORD 作为首个管理员 admin 的密码后再启动。"
                    + " No accounts exist: set PORTAL_ADMIN_PASSWORD to the first administrator's password.");
        }
        if (initialPassword.length() < MIN_LENGTH) {
            throw new IllegalStateException("PORTAL_ADMIN_PASSWORD 至少需要 " + MIN_LENGTH + " 个字符 (at least "
                    + MIN_LENGTH + " characters).");
        }
        accounts.createInitialAdministrator("admin", initialPassword);
    }
}
