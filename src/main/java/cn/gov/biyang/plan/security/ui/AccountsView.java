package cn.gov.biyang.plan.security.ui;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.organization.OrganizationService;
import cn.gov.biyang.plan.organization.Unit;
import cn.gov.biyang.plan.security.AccountService;
import cn.gov.biyang.plan.security.AccountService.AccountDetails;
import cn.gov.biyang.plan.security.AccountService.AccountForm;
import cn.gov.biyang.plan.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 账号管理 (planning office only): every account with its role, unit, state, second factor and last login; create,
 * edit, disable/enable, reset password (shown once, to hand over), unlock, reset the second factor.
 */
@Route(value = "admin/accounts", layout = MainLayout.class)
@PageTitle("账号管理 · 规划编制协同平台")
@RolesAllowed(Role.OFFICE_ROLE)
public class AccountsView extends VerticalLayout {

    private final AccountService accounts;
    private final Clock clock;
    private final List<Unit> units;
    private final Map<Long, String> unitNames;
    private final Grid<AccountDetails> grid = new Grid<>();
    private final TextField filter = new TextField();

    public AccountsView(AccountService accounts, OrganizationService organization, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        this.units = organization.activeUnits();
        this.unitNames = organization.allUnits().stream()
                .collect(Collectors.toMap(Unit::getId, Unit::getName, (a, b) -> a));
        setId("accounts-view");
        setSizeFull();
        add(Views.heading(getTranslation("nav.accounts")));

        filter.setPlaceholder(getTranslation("admin.accounts.filter"));
        filter.setId("accounts-filter");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        Button create = new Button(getTranslation("admin.accounts.new"), e -> edit(null));
        create.setId("new-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(filter, create));

        grid.setId("accounts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(AccountDetails::username).setHeader(getTranslation("account.username")).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(AccountDetails::displayName).setHeader(getTranslation("account.name")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("role." + a.role().name())).setHeader(getTranslation("account.role"))
                .setAutoWidth(true);
        grid.addColumn(a -> unitName(a.unitId())).setHeader(getTranslation("account.unit")).setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("account.state")).setAutoWidth(true);
        grid.addColumn(a -> a.secondFactor() ? getTranslation("admin.accounts.totpOn") : "")
                .setHeader(getTranslation("admin.accounts.totp")).setAutoWidth(true);
        grid.addColumn(a -> ChineseFormats.dateTime(a.lastLoginAt())).setHeader(getTranslation("account.lastLogin"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.accounts.actions")).setAutoWidth(true);
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    private void refresh() {
        String needle = filter.getValue() == null ? "" : filter.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(accounts.list().stream().filter(a -> needle.isEmpty()
                || a.username().toLowerCase(Locale.ROOT).contains(needle) || a.displayName().contains(needle)
                || unitName(a.unitId()).contains(needle)).toList());
    }

    private String unitName(Long unitId) {
        return unitId == null ? "" : unitNames.getOrDefault(unitId, "");
    }

    private Span state(AccountDetails a) {
        if (!a.enabled()) {
            return Views.badge(getTranslation("account.disabled"), "error");
        }
        if (a.lockedAt(clock.instant())) {
            return Views.badge(getTranslation("admin.accounts.locked", ChineseFormats.dateTime(a.lockedUntil())),
                    "error");
        }
        if (a.mustChangePassword()) {
            return Views.badge(getTranslation("admin.accounts.mustChange"), "contrast");
        }
        return Views.badge(getTranslation("account.enabled"), "success");
    }

    private HorizontalLayout actions(AccountDetails a) {
        HorizontalLayout row = new HorizontalLayout();
        row.setSpacing(false);
        row.add(small("admin.accounts.edit", e -> edit(a)));
        if (a.enabled()) {
            row.add(small("admin.accounts.disable", e -> confirm(getTranslation("admin.accounts.disable.confirm",
                    a.displayName()), () -> accounts.disable(a.username()), "admin.accounts.disabled")));
        } else {
            row.add(small("admin.accounts.enable", e -> run(() -> accounts.enable(a.username()),
                    "admin.accounts.enabled")));
        }
        row.add(small("admin.accounts.resetPassword", e -> confirm(getTranslation(
                "admin.accounts.resetPassword.confirm", a.displayName()), () -> showPassword(a.username(),
                accounts.resetPassword(a.username())), null)));
        if (a.lockedAt(clock.instant())) {
            row.add(small("admin.accounts.unlock", e -> run(() -> accounts.unlock(a.username()),
                    "admin.accounts.unlocked")));
        }
        if (a.secondFactor()) {
            row.add(small("admin.accounts.resetTotp", e -> confirm(getTranslation("admin.accounts.resetTotp.confirm",
                    a.displayName()), () -> accounts.resetSecondFactor(a.username()), "admin.accounts.totpReset")));
        }
        return row;
    }

    private Button small(String key, com.vaadin.flow.component.ComponentEventListener<
            com.vaadin.flow.component.ClickEvent<Button>> listener) {
        Button b = new Button(getTranslation(key), listener);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private void confirm(String question, Runnable action, String doneKey) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("admin.confirm"));
        dialog.setText(question);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.cancel"));
        dialog.setConfirmText(getTranslation("admin.ok"));
        dialog.addConfirmListener(e -> run(action, doneKey));
        dialog.open();
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            if (doneKey != null) {
                Notification.show(getTranslation(doneKey), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        } catch (IllegalArgumentException | org.springframework.security.access.AccessDeniedException bad) {
            Notification.show(bad.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    /** The create/edit dialog; the user name is fixed once the account exists. */
    private void edit(AccountDetails existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "admin.accounts.new" : "admin.accounts.edit"));
        dialog.setId("account-dialog");
        TextField username = new TextField(getTranslation("account.username"));
        username.setId("account-username");
        username.setHelperText(getTranslation("admin.accounts.username.help"));
        TextField name = new TextField(getTranslation("account.name"));
        name.setId("account-name");
        RadioButtonGroup<Role> role = new RadioButtonGroup<>(getTranslation("account.role"));
        role.setId("account-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        ComboBox<Unit> unit = new ComboBox<>(getTranslation("account.unit"));
        unit.setId("account-unit");
        unit.setItems(units);
        unit.setItemLabelGenerator(Unit::getName);
        unit.setClearButtonVisible(true);
        unit.setWidthFull();
        EmailField email = new EmailField(getTranslation("admin.accounts.email"));
        email.setId("account-email");
        TextField phone = new TextField(getTranslation("admin.accounts.phone"));
        phone.setId("account-phone");
        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            name.setValue(existing.displayName());
            role.setValue(existing.role());
            units.stream().filter(u -> u.getId().equals(existing.unitId())).findFirst().ifPresent(unit::setValue);
            email.setValue(existing.email() == null ? "" : existing.email());
            phone.setValue(existing.phone() == null ? "" : existing.phone());
        } else {
            role.setValue(Role.LIAISON);
        }
        FormLayout form = new FormLayout(username, name, role, unit, email, phone);
        form.setColspan(role, 2);
        form.setColspan(unit, 2);
        dialog.add(form);

        Button save = new Button(getTranslation("admin.save"), e -> {
            AccountForm values = new AccountForm(username.getValue(), name.getValue(), role.getValue(),
                    unit.getValue() == null ? null : unit.getValue().getId(), email.getValue(), phone.getValue());
            try {
                if (existing == null) {
                    String password = accounts.create(values);
                    dialog.close();
                    showPassword(values.username().strip().toLowerCase(Locale.ROOT), password);
                } else {
                    accounts.update(existing.username(), values);
                    dialog.close();
                    Notification.show(getTranslation("admin.saved"), 3000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                }
                refresh();
            } catch (IllegalArgumentException bad) {
                Notification.show(bad.getMessage(), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("admin.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    /** The temporary password, shown once: the office hands it over; the user replaces it at first login. */
    private void showPassword(String username, String password) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.accounts.tempPassword.title"));
        Span value = new Span(password);
        value.setId("temporary-password");
        value.getStyle().set("font-family", "monospace").set("font-size", "1.4em");
        dialog.add(new Paragraph(getTranslation("admin.accounts.tempPassword.text", username)), value);
        Button close = new Button(getTranslation("admin.ok"), e -> dialog.close());
        close.setId("temporary-password-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.open();
        refresh();
    }

}
