package cn.gov.biyang.plan.security.ui;

import java.util.Map;
import java.util.stream.Collectors;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.organization.OrganizationService;
import cn.gov.biyang.plan.organization.Unit;
import cn.gov.biyang.plan.security.AccountService;
import cn.gov.biyang.plan.security.AccountService.AccountSummary;
import cn.gov.biyang.plan.security.Role;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 账号管理 (planning office only): every account, its role, unit and last login. */
@Route(value = "admin/accounts", layout = MainLayout.class)
@PageTitle("账号管理 · 规划编制协同平台")
@RolesAllowed(Role.OFFICE_ROLE)
public class AccountsView extends VerticalLayout {

    public AccountsView(AccountService accounts, OrganizationService organization) {
        setId("accounts-view");
        add(Views.heading(getTranslation("nav.accounts")));
        Map<Long, String> unitNames = organization.allUnits().stream()
                .collect(Collectors.toMap(Unit::getId, Unit::getName, (a, b) -> a));
        Grid<AccountSummary> grid = new Grid<>();
        grid.setId("accounts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("account.username")).setSortable(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("account.name"));
        grid.addColumn(a -> getTranslation("role." + a.role().name())).setHeader(getTranslation("account.role"));
        grid.addColumn(a -> a.unitId() == null ? "" : unitNames.getOrDefault(a.unitId(), ""))
                .setHeader(getTranslation("account.unit"));
        grid.addColumn(a -> a.enabled() ? getTranslation("account.enabled") : getTranslation("account.disabled"))
                .setHeader(getTranslation("account.state"));
        grid.addColumn(a -> ChineseFormats.dateTime(a.lastLoginAt())).setHeader(getTranslation("account.lastLogin"));
        grid.setItems(accounts.all());
        grid.setHeight("70vh");
        add(grid);
    }
}
