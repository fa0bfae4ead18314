package cn.gov.biyang.plan.organization.ui;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.organization.LeadershipGroup;
import cn.gov.biyang.plan.organization.LeadershipMember;
import cn.gov.biyang.plan.organization.LeadershipRole;
import cn.gov.biyang.plan.organization.OrganizationService;
import cn.gov.biyang.plan.organization.OrganizationService.MemberForm;
import cn.gov.biyang.plan.organization.OrganizationService.UnitForm;
import cn.gov.biyang.plan.organization.Unit;
import cn.gov.biyang.plan.organization.UnitKind;
import cn.gov.biyang.plan.security.AccountService;
import cn.gov.biyang.plan.security.AccountService.AccountSummary;
import cn.gov.biyang.plan.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 单位与领导小组维护 (planning office): units with their other written names, responsible leader (分管领导) and
 * liaisons (业务骨干 = the unit's liaison accounts); the leadership group's members. Retire, never delete.
 */
@Route(value = "admin/organization", layout = MainLayout.class)
@PageTitle("单位与领导小组 · 规划编制协同平台")
@RolesAllowed(Role.OFFICE_ROLE)
public class OrganizationAdminView extends VerticalLayout {

    private final OrganizationService organization;
    private final AccountService accounts;
    private final Grid<Unit> units = new Grid<>();
    private final Grid<LeadershipMember> members = new Grid<>();

    public OrganizationAdminView(OrganizationService organization, AccountService accounts) {
        this.organization = organization;
        this.accounts = accounts;
        setId("organization-admin");
        setSizeFull();
        add(Views.heading(getTranslation("admin.nav.organization")));
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("admin.org.units"), unitsTab());
        tabs.add(getTranslation("admin.org.leadership"), membersTab());
        add(tabs);
        refresh();
    }

    private void refresh() {
        units.setItems(organization.allUnits());
        members.setItems(organization.currentLeadershipGroup().map(LeadershipGroup::getMembers).orElse(List.of()));
    }

    // ---- units ----

    private VerticalLayout unitsTab() {
        Button create = new Button(getTranslation("admin.org.newUnit"), e -> editUnit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        units.setId("units-admin-grid");
        units.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        units.addColumn(Unit::getName).setHeader(getTranslation("unit.name")).setAutoWidth(true);
        units.addColumn(Unit::getCode).setHeader(getTranslation("admin.org.code")).setAutoWidth(true);
        units.addColumn(u -> u.getKind().label()).setHeader(getTranslation("unit.kind")).setAutoWidth(true);
        units.addColumn(u -> String.join("、", u.getAliasNames())).setHeader(getTranslation("unit.aliases"));
        units.addColumn(u -> u.getLeaderName() == null ? "" : u.getLeaderName()
                        + (u.getLeaderPosition() == null ? "" : "（" + u.getLeaderPosition() + "）"))
                .setHeader(getTranslation("admin.org.leader"));
        units.addColumn(u -> u.getLeaderEmail() == null ? "" : u.getLeaderEmail())
                .setHeader(getTranslation("admin.org.leaderEmail"));
        units.addColumn(u -> accounts.unitLiaisons(u.getId()).stream().filter(AccountSummary::enabled)
                .map(AccountSummary::displayName).collect(Collectors.joining("、")))
                .setHeader(getTranslation("admin.org.liaisons"));
        units.addComponentColumn(u -> u.isRetired() ? Views.badge(getTranslation("admin.retired"), "error")
                : Views.badge(getTranslation("admin.active"), "success")).setHeader(getTranslation("account.state"))
                .setAutoWidth(true);
        units.addComponentColumn(u -> {
            Button edit = small("admin.edit", () -> editUnit(u));
            Button retire = small(u.isRetired() ? "admin.reinstate" : "admin.retire",
                    () -> run(() -> organization.setUnitRetired(u.getId(), !u.isRetired())));
            return new HorizontalLayout(edit, retire);
        }).setAutoWidth(true);
        units.setSizeFull();
        VerticalLayout tab = new VerticalLayout(create, units);
        tab.setSizeFull();
        tab.setPadding(false);
        return tab;
    }

    private void editUnit(Unit existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "admin.org.newUnit" : "admin.edit"));
        TextField code = new TextField(getTranslation("admin.org.code"));
        TextField name = new TextField(getTranslation("unit.name"));
        TextField fullName = new TextField(getTranslation("admin.org.fullName"));
        ComboBox<UnitKind> kind = new ComboBox<>(getTranslation("unit.kind"), UnitKind.values());
        kind.setItemLabelGenerator(UnitKind::label);
        TextArea aliases = new TextArea(getTranslation("unit.aliases"));
        aliases.setHelperText(getTranslation("admin.org.aliases.help"));
        TextField leader = new TextField(getTranslation("admin.org.leader"));
        TextField leaderPosition = new TextField(getTranslation("admin.org.leaderPosition"));
        TextField leaderPhone = new TextField(getTranslation("admin.org.leaderPhone"));
        EmailField leaderEmail = new EmailField(getTranslation("admin.org.leaderEmail"));
        leaderEmail.setHelperText(getTranslation("admin.org.leaderEmail.help"));
        if (existing != null) {
            code.setValue(existing.getCode());
            code.setReadOnly(true);
            name.setValue(existing.getName());
            fullName.setValue(existing.getFullName() == null ? "" : existing.getFullName());
            kind.setValue(existing.getKind());
            aliases.setValue(String.join("\n", existing.getAliasNames()));
            leader.setValue(existing.getLeaderName() == null ? "" : existing.getLeaderName());
            leaderPosition.setValue(existing.getLeaderPosition() == null ? "" : existing.getLeaderPosition());
            leaderPhone.setValue(existing.getLeaderPhone() == null ? "" : existing.getLeaderPhone());
            leaderEmail.setValue(existing.getLeaderEmail() == null ? "" : existing.getLeaderEmail());
        }
        FormLayout form = new FormLayout(code, name, fullName, kind, aliases, leader, leaderPosition, leaderPhone,
                leaderEmail);
        form.setColspan(aliases, 2);
        dialog.add(form);
        Button save = new Button(getTranslation("admin.save"), e -> {
            UnitForm values = new UnitForm(code.getValue(), name.getValue(), fullName.getValue(), kind.getValue(),
                    Arrays.stream(aliases.getValue().split("[\\n,，、;；]+")).map(String::strip)
                            .filter(s -> !s.isEmpty()).toList(),
                    leader.getValue(), leaderPosition.getValue(), leaderPhone.getValue(), leaderEmail.getValue());
            if (run(() -> {
                if (existing == null) {
                    organization.createUnit(values);
                } else {
                    organization.updateUnit(existing.getId(), values);
                }
            })) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    // ---- leadership group ----

    private VerticalLayout membersTab() {
        Button add = new Button(getTranslation("admin.org.newMember"), e -> editMember(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        members.setId("members-admin-grid");
        members.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        members.addColumn(LeadershipMember::getOrdinal).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        members.addColumn(LeadershipMember::getName).setHeader(getTranslation("leadership.name")).setAutoWidth(true);
        members.addColumn(m -> m.getRole().label()).setHeader(getTranslation("admin.org.memberRole")).setAutoWidth(true);
        members.addColumn(LeadershipMember::getPosition).setHeader(getTranslation("leadership.position"));
        members.addColumn(m -> m.getUnit() == null ? "" : m.getUnit().getName()).setHeader(getTranslation("account.unit"))
                .setAutoWidth(true);
        members.addComponentColumn(m -> m.isRetired() ? Views.badge(getTranslation("admin.retired"), "error")
                : Views.badge(getTranslation("admin.active"), "success")).setAutoWidth(true);
        members.addComponentColumn(m -> new HorizontalLayout(small("admin.edit", () -> editMember(m)),
                small(m.isRetired() ? "admin.reinstate" : "admin.retire",
                        () -> run(() -> organization.setMemberRetired(m.getId(), !m.isRetired()))))).setAutoWidth(true);
        members.setSizeFull();
        VerticalLayout tab = new VerticalLayout(add, members);
        tab.setSizeFull();
        tab.setPadding(false);
        return tab;
    }

    private void editMember(LeadershipMember existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "admin.org.newMember" : "admin.edit"));
        TextField name = new TextField(getTranslation("leadership.name"));
        ComboBox<LeadershipRole> role = new ComboBox<>(getTranslation("admin.org.memberRole"), LeadershipRole.values());
        role.setItemLabelGenerator(LeadershipRole::label);
        TextField position = new TextField(getTranslation("leadership.position"));
        position.setWidthFull();
        ComboBox<Unit> unit = new ComboBox<>(getTranslation("account.unit"));
        unit.setItems(organization.activeUnits());
        unit.setItemLabelGenerator(Unit::getName);
        unit.setClearButtonVisible(true);
        if (existing != null) {
            name.setValue(existing.getName());
            role.setValue(existing.getRole());
            position.setValue(existing.getPosition());
            if (existing.getUnit() != null) {
                unit.setValue(existing.getUnit());
            }
        } else {
            role.setValue(LeadershipRole.MEMBER);
        }
        FormLayout form = new FormLayout(name, role, position, unit);
        form.setColspan(position, 2);
        dialog.add(form);
        Button save = new Button(getTranslation("admin.save"), e -> {
            MemberForm values = new MemberForm(name.getValue(), role.getValue(), position.getValue(),
                    unit.getValue() == null ? null : unit.getValue().getId());
            if (run(() -> {
                if (existing == null) {
                    LeadershipGroup group = organization.currentLeadershipGroup()
                            .orElseThrow(() -> new IllegalArgumentException(getTranslation("leadership.none")));
                    organization.addMember(group.getId(), values);
                } else {
                    organization.updateMember(existing.getId(), values);
                }
            })) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    // ---- helpers ----

    private Button small(String key, Runnable action) {
        return Views.smallButton(getTranslation(key), action);
    }

    /** Runs a change; a refused or invalid one shows its Chinese reason and changes nothing (see Views). */
    private boolean run(Runnable action) {
        return Views.saveChange(this, action, this::refresh);
    }

}
