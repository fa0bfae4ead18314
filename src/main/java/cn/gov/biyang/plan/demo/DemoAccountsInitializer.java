package cn.gov.biyang.plan.demo;

import java.util.ArrayList;
import java.util.List;

import cn.gov.biyang.plan.organization.OrganizationService;
import cn.gov.biyang.plan.organization.Unit;
import cn.gov.biyang.plan.security.AccountService;
import cn.gov.biyang.plan.security.AccountService.NewAccount;
import cn.gov.biyang.plan.security.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: {@code office} (planning office at 县发改委), {@code leader} (leadership group) and one liaison
 * per unit named by the unit's code (县水利局 → {@code shuili}), all with the password {@value #DEMO_PASSWORD}.
 */
@Component
@ConditionalOnProperty(name = "portal.demo.accounts", havingValue = "true")
@Order(10)
class DemoAccountsInitializer implements ApplicationRunner {

    static final String DEMO_PASSWORD = "portal-demo";
    static final String OFFICE_UNIT_CODE = "fagai";

    private final AccountService accounts;
    private final OrganizationService organization;

    DemoAccountsInitializer(AccountService accounts, OrganizationService organization) {
        this.accounts = accounts;
        this.organization = organization;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<NewAccount> wanted = new ArrayList<>();
        Long officeUnit = organization.byCode(OFFICE_UNIT_CODE).map(Unit::getId).orElse(null);
        wanted.add(new NewAccount("office", "规划办（演示）", Role.OFFICE, officeUnit));
        wanted.add(new NewAccount("leader", "领导小组成员（演示）", Role.LEADER, null));
        for (Unit unit : organization.allUnits()) {
            wanted.add(new NewAccount(unit.getCode(), unit.getName() + "联络员", Role.LIAISON, unit.getId()));
        }
        accounts.createDemoAccounts(wanted, DEMO_PASSWORD);
    }
}
