package cn.gov.biyang.plan.security;

import java.util.List;

/**
 * A login in progress, held by the login view between its steps. Only {@link LoginService} creates and advances it,
 * so a view cannot skip a step; nothing of it reaches the browser. Until {@link Step#DONE} and
 * {@link LoginService#complete} the HTTP session is not signed in at all.
 */
public final class LoginState {

    /** What the user must do next. */
    public enum Step {
        /** enter the code of their authenticator app (or a recovery code) */
        SECOND_FACTOR,
        /** office accounts must enrol an authenticator before they may sign in */
        ENROL_SECOND_FACTOR,
        /** the password was set by the office (new account, reset): choose a new one */
        NEW_PASSWORD,
        /** ready to sign in */
        DONE
    }

    final String username;
    final String address;
    final String userAgent;
    Step step;
    boolean secondFactorDone;
    String pendingSecret;
    List<String> recoveryCodes = List.of();

    LoginState(String username, String address, String userAgent) {
        this.username = username;
        this.address = address;
        this.userAgent = userAgent;
    }

    public Step step() {
        return step;
    }

    public String username() {
        return username;
    }

    /** Recovery codes just created by enrolment during this login, to show once. */
    public List<String> recoveryCodes() {
        return recoveryCodes;
    }
}
