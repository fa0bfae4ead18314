package cn.gov.biyang.plan.security.ui;

import java.util.List;

import cn.gov.biyang.plan.security.LoginService;
import cn.gov.biyang.plan.security.LoginService.Result;
import cn.gov.biyang.plan.security.LoginService.Status;
import cn.gov.biyang.plan.security.LoginState;
import cn.gov.biyang.plan.security.SecondFactorSetup;
import cn.gov.biyang.plan.security.SessionService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * The login page, in Chinese, one step at a time: password; then the authenticator code (or its enrolment for office
 * accounts); a new password where the office set one. The session is signed in only after the last step; the
 * account's other open sessions are then shown on the first page ({@link OtherSessionsNotice}). A failure says the same whether the user is unknown, the password wrong or the account
 * locked, so the page never tells whether an account exists.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("登录 · 规划编制协同平台")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginService login;
    private final SessionService sessions;
    private final LoginForm form = new LoginForm();
    private final VerticalLayout step = new VerticalLayout();
    private LoginState state;

    public LoginView(LoginService login, SessionService sessions) {
        this.login = login;
        this.sessions = sessions;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("login-view");

        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("admin.login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setId("login-form");
        // no form post: the password goes to LoginService, which decides the next step
        form.addLoginListener(e -> password(e.getUsername(), e.getPassword()));

        step.setId("login-step");
        step.addClassName("login-step");
        step.setMaxWidth("36em");
        step.setPadding(false);
        add(new H1(getTranslation("app.title")), new Paragraph(getTranslation("login.subtitle")), form, step);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("throttled")) {
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.getForm().setTitle(getTranslation("login.title"));
            i18n.getForm().setUsername(getTranslation("login.username"));
            i18n.getForm().setPassword(getTranslation("login.password"));
            i18n.getForm().setSubmit(getTranslation("login.submit"));
            i18n.getErrorMessage().setTitle(getTranslation("admin.login.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("admin.login.throttled.message"));
            form.setI18n(i18n);
            form.setError(true);
        } else if (parameters.containsKey("error")) {
            form.setError(true);
        }
    }

    // ---- step 1: password ----

    private void password(String username, String password) {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        Result result = login.checkPassword(username, password, request.getRemoteAddr(), request.getHeader("User-Agent"));
        switch (result.status()) {
            case OK -> {
                state = result.state();
                form.setVisible(false);
                next();
            }
            case THROTTLED -> reload("login?throttled");
            default -> reload("login?error");
        }
    }

    /** Shows the step the login is at, or signs in when none is left. */
    private void next() {
        step.removeAll();
        switch (state.step()) {
            case SECOND_FACTOR -> secondFactor();
            case ENROL_SECOND_FACTOR -> enrol();
            case NEW_PASSWORD -> newPassword();
            case DONE -> signIn();
        }
    }

    private void handle(Result result, String failureKey) {
        if (result.status() == Status.OK) {
            state = result.state();
            next();
        } else if (result.status() == Status.RESTART) {
            reload("login?error");
        } else {
            error(getTranslation(failureKey));
        }
    }

    // ---- step 2: second factor ----

    private void secondFactor() {
        TextField code = new TextField(getTranslation("admin.login.totp.code"));
        code.setId("totp-code");
        code.setHelperText(getTranslation("admin.login.totp.help"));
        code.setAutofocus(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Button verify = new Button(getTranslation("admin.login.totp.verify"),
                e -> handle(login.verifySecondFactor(state, code.getValue()), "admin.login.totp.wrong"));
        verify.setId("totp-submit");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        step.add(new H3(getTranslation("admin.login.totp.title")), code, verify);
    }

    private void enrol() {
        SecondFactorSetup setup = login.startEnrolment(state);
        step.add(new H3(getTranslation("admin.login.enrol.title")),
                new Paragraph(getTranslation("admin.login.enrol.text")));
        step.add(SecondFactorPanel.secretBlock(setup, this::getTranslation));
        TextField code = new TextField(getTranslation("admin.login.enrol.code"));
        code.setId("enrol-code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Button confirm = new Button(getTranslation("admin.login.enrol.confirm"), e -> {
            Result result = login.confirmEnrolment(state, code.getValue());
            if (result.status() == Status.OK) {
                state = result.state();
                showRecoveryCodes(state.recoveryCodes());
            } else {
                handle(result, "admin.login.totp.wrong");
            }
        });
        confirm.setId("enrol-submit");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        step.add(code, confirm);
    }

    private void showRecoveryCodes(List<String> codes) {
        step.removeAll();
        Button next = new Button(getTranslation("admin.login.recovery.continue"), e -> next());
        next.setId("recovery-continue");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        step.add(new H3(getTranslation("admin.recovery.title")), new Paragraph(getTranslation("admin.recovery.text")),
                SecondFactorPanel.codes(codes), next);
    }

    // ---- step 3: new password ----

    private void newPassword() {
        NewPasswordFields fields = new NewPasswordFields("new-password", this::getTranslation);
        PasswordField first = fields.first;
        PasswordField second = fields.second;
        Button save = new Button(getTranslation("admin.password.save"), e -> {
            if (!fields.confirmed()) {
                return;
            }
            try {
                handle(login.setNewPassword(state, first.getValue()), "admin.login.error.message");
            } catch (IllegalArgumentException bad) {
                first.setInvalid(true);
                first.setErrorMessage(bad.getMessage());
            }
        });
        save.setId("new-password-submit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        step.add(new H3(getTranslation("admin.login.newPassword.title")),
                new Paragraph(getTranslation("admin.login.newPassword.text")), first, second, save);
    }

    // ---- done ----

    private void signIn() {
        VaadinServletRequest vaadinRequest = VaadinServletRequest.getCurrent();
        HttpServletRequest request = vaadinRequest.getHttpServletRequest();
        var response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        SavedRequest saved = cache.getRequest(request, response);
        login.complete(state, request, response);
        // the account's other open sessions are shown on the first page after login (not a step that blocks it)
        if (!sessions.myOtherSessions().isEmpty()) {
            request.getSession().setAttribute(OtherSessionsNotice.SHOW, Boolean.TRUE);
        }
        String target = request.getContextPath() + "/";
        if (saved != null && saved.getRedirectUrl() != null && !saved.getRedirectUrl().contains("/login")) {
            target = saved.getRedirectUrl();
            cache.removeRequest(request, response);
        }
        // a full page load, so that the new session (new id) starts with a fresh UI signed in
        UI.getCurrent().getPage().setLocation(target);
    }

    private void reload(String location) {
        UI.getCurrent().getPage().setLocation(location);
    }

    private void error(String message) {
        Notification n = Notification.show(message, 5000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Small pieces shared by the login steps and the account page. */
    static final class SecondFactorPanel {

        private SecondFactorPanel() {
        }

        static Component secretBlock(SecondFactorSetup setup, java.util.function.Function<String, String> t) {
            Div block = new Div();
            block.addClassName("card");
            Span secret = new Span(setup.groupedSecret());
            secret.setId("totp-secret");
            secret.getStyle().set("font-family", "monospace").set("font-size", "1.2em");
            Anchor uri = new Anchor(setup.uri(), t.apply("admin.totp.uriLink"));
            uri.setId("totp-uri");
            block.add(new Paragraph(t.apply("admin.totp.secret")), secret, new Paragraph(uri));
            QrCode.of(setup.uri()).ifPresent(block::add);
            return block;
        }

        static Component codes(List<String> codes) {
            Pre pre = new Pre(String.join("\n", codes));
            pre.setId("recovery-codes");
            return pre;
        }
    }
}
