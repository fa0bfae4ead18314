package cn.gov.biyang.plan.projects.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

/** Asks for the reason of a return or a refusal; the reason is required and goes into the history. */
class ReasonDialog extends Dialog {

    ReasonDialog(String title, String confirmText, Consumer<String> onConfirm) {
        setHeaderTitle(title);
        setId("reason-dialog");
        TextArea reason = new TextArea(getTranslation("projects.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidth("32em");
        reason.setMinHeight("8em");
        reason.setMaxLength(2000);
        reason.setId("reason-text");
        add(reason);
        Button confirm = new Button(confirmText, e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("projects.reason.required"));
                return;
            }
            onConfirm.accept(reason.getValue());
            close();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("reason-confirm");
        Button cancel = new Button(getTranslation("projects.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
