package cn.gov.biyang.plan.security.ui;

import java.util.List;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.security.MyAccountService;
import cn.gov.biyang.plan.security.MyAccountService.MyAccount;
import cn.gov.biyang.plan.security.SecondFactorSetup;
import cn.gov.biyang.plan.security.SessionService;
import cn.gov.biyang.plan.security.SessionService.SessionInfo;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** 我的账号: change the password, enrol or turn off the authenticator, recovery codes, and one's open sessions. */
@Route(value = "account", layout = MainLayout.class)
@PageTitle("我的账号 · 规划编制协同平台")
@PermitAll
public class MyAccountView extends VerticalLayout {

    private final MyAccountService myAccount;
    private final SessionService sessions;
    private final Div secondFactor = new Div();
    private final Grid<SessionInfo> sessionGrid = new Grid<>();

    public MyAccountView(MyAccountService myAccount, SessionService sessions) {
        this.myAccount = myAccount;
        this.sessions = sessions;
        setId("my-account");
        MyAccount me = myAccount.me();
        add(Views.heading(getTranslation("admin.nav.myAccount")));
        add(new Paragraph(getTranslation("admin.me.summary", me.displayName(), me.username(),
                getTranslation("role." + me.role().name()), ChineseFormats.dateTime(me.lastLoginAt()))));

        add(new H3(getTranslation("admin.me.password")), passwordForm());
        secondFactor.setId("second-factor");
        add(new H3(getTranslation("admin.me.totp")), secondFactor);
        showSecondFactor();

        add(new H3(getTranslation("admin.me.sessions")));
        sessionGrid.setId("my-sessions");
        sessionGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        sessionGrid.setAllRowsVisible(true);
        sessionGrid.addColumn(s -> ChineseFormats.dateTime(s.startedAt())).setHeader(getTranslation("admin.session.started"));
        sessionGrid.addColumn(s -> ChineseFormats.dateTime(s.lastSeenAt())).setHeader(getTranslation("admin.session.lastSeen"));
        sessionGrid.addColumn(SessionInfo::clientAddress).setHeader(getTranslation("admin.session.address"));
        sessionGrid.addColumn(s -> Browsers.name(s.userAgent())).setHeader(getTranslation("admin.session.browser"));
        sessionGrid.addComponentColumn(s -> {
            if (s.current()) {
                return Views.badge(getTranslation("admin.session.current"), "success");
            }
            Button end = new Button(getTranslation("admin.session.end"), e -> {
                sessions.endMySession(s.id());
                refreshSessions();
            });
            end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return end;
        });
        add(sessionGrid);
        refreshSessions();
    }

    private void refreshSessions() {
        sessionGrid.setItems(sessions.mySessions());
    }

    private VerticalLayout passwordForm() {
        PasswordField current = new PasswordField(getTranslation("admin.password.current"));
        current.setId("current-password");
        NewPasswordFields fields = new NewPasswordFields("change-password", this::getTranslation);
        PasswordField first = fields.first;
        PasswordField second = fields.second;
        Button save = new Button(getTranslation("admin.password.save"), e -> {
            if (!fields.confirmed()) {
                return;
            }
            try {
                myAccount.changePassword(current.getValue(), first.getValue());
                current.clear();
                first.clear();
                second.clear();
                ok("admin.password.changed");
                refreshSessions();
            } catch (IllegalArgumentException bad) {
                error(bad.getMessage());
            }
        });
        save.setId("change-password-submit");
        VerticalLayout layout = new VerticalLayout(current, first, second, save);
        layout.setPadding(false);
        return layout;
    }

    private void showSecondFactor() {
        secondFactor.removeAll();
        MyAccount me = myAccount.me();
        if (me.secondFactor()) {
            secondFactor.add(new Paragraph(getTranslation("admin.me.totp.on", me.recoveryCodesLeft())));
            PasswordField password = new PasswordField(getTranslation("admin.password.confirmCurrent"));
            Button renew = new Button(getTranslation("admin.me.totp.renewCodes"), e -> {
                try {
                    showCodes(myAccount.renewRecoveryCodes(password.getValue()));
                } catch (IllegalArgumentException bad) {
                    error(bad.getMessage());
                }
            });
            secondFactor.add(password, renew);
            if (!me.secondFactorRequired()) {
                Button off = new Button(getTranslation("admin.me.totp.disable"), e -> {
                    try {
                        myAccount.disableSecondFactor(password.getValue());
                        ok("admin.me.totp.disabled");
                        showSecondFactor();
                    } catch (IllegalArgumentException bad) {
                        error(bad.getMessage());
                    }
                });
                off.addThemeVariants(ButtonVariant.LUMO_ERROR);
                secondFactor.add(off);
            }
        } else {
            secondFactor.add(new Paragraph(getTranslation(me.secondFactorRequired() ? "admin.me.totp.required"
                    : "admin.me.totp.off")));
            Button start = new Button(getTranslation("admin.me.totp.enrol"), e -> enrol());
            start.setId("enrol-start");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            secondFactor.add(start);
        }
    }

    private void enrol() {
        SecondFactorSetup setup = myAccount.startEnrolment();
        secondFactor.removeAll();
        secondFactor.add(new Paragraph(getTranslation("admin.login.enrol.text")),
                LoginView.SecondFactorPanel.secretBlock(setup, this::getTranslation));
        TextField code = new TextField(getTranslation("admin.login.enrol.code"));
        code.setId("enrol-code");
        Button confirm = new Button(getTranslation("admin.login.enrol.confirm"), e -> {
            try {
                showCodes(myAccount.confirmEnrolment(code.getValue()));
            } catch (IllegalArgumentException bad) {
                error(bad.getMessage());
            }
        });
        confirm.setId("enrol-submit");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        secondFactor.add(code, confirm);
    }

    private void showCodes(List<String> codes) {
        secondFactor.removeAll();
        Button done = new Button(getTranslation("admin.ok"), e -> showSecondFactor());
        secondFactor.add(new Paragraph(getTranslation("admin.recovery.text")), LoginView.SecondFactorPanel.codes(codes),
                done);
    }

    private void ok(String key) {
        Notification.show(getTranslation(key), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void error(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
