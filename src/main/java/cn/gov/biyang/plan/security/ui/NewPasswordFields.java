package cn.gov.biyang.plan.security.ui;

import java.util.function.UnaryOperator;

import com.vaadin.flow.component.textfield.PasswordField;

/**
 * The new password typed twice, as the first login and 我的账号 both ask for it: the rules as help text, the same
 * length limit, and the repeat marked when it differs. Field ids are {@code <prefix>} and {@code <prefix>-confirm}.
 */
final class NewPasswordFields {

    final PasswordField first;
    final PasswordField second;
    private final UnaryOperator<String> translate;

    NewPasswordFields(String idPrefix, UnaryOperator<String> translate) {
        this.translate = translate;
        first = new PasswordField(translate.apply("admin.password.new"));
        first.setId(idPrefix);
        first.setHelperText(translate.apply("admin.password.rules"));
        first.setMaxLength(128);
        second = new PasswordField(translate.apply("admin.password.repeat"));
        second.setId(idPrefix + "-confirm");
        second.setMaxLength(128);
    }

    /** Whether both entries are the same; if not, the repeat field says so. */
    boolean confirmed() {
        if (first.getValue().equals(second.getValue())) {
            return true;
        }
        second.setInvalid(true);
        second.setErrorMessage(translate.apply("admin.password.mismatch"));
        return false;
    }
}
