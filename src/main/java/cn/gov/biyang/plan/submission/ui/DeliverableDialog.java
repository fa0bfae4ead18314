package cn.gov.biyang.plan.submission.ui;

import java.time.LocalDate;

import cn.gov.biyang.plan.base.PortalI18NProvider;
import cn.gov.biyang.plan.base.ui.ChineseDatePicker;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Adding or editing a deliverable (name, due date, required reason), or removing one (reason only). The dialog stays
 * open with the entered text when the service refuses, so nothing typed is lost.
 */
class DeliverableDialog extends Dialog {

    /** What the dialog asks the service to do; throws with a Chinese message when refused. */
    interface Action {
        void apply(String name, LocalDate dueOn, String reason);
    }

    private final TextField name = new TextField();
    private final DatePicker due = new ChineseDatePicker();
    private final TextArea reason = new TextArea();

    DeliverableDialog(String title, String initialName, LocalDate initialDue, boolean nameAndDue, Action action,
                      Runnable afterSave) {
        setHeaderTitle(title);
        setId("deliverable-dialog");
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        if (nameAndDue) {
            name.setLabel(getTranslation("submission.dialog.name"));
            name.setId("deliverable-name");
            name.setMaxLength(100);
            name.setValue(initialName == null ? "" : initialName);
            name.setWidthFull();
            due.setLabel(getTranslation("submission.dialog.due"));
            due.setId("deliverable-due");
            due.setHelperText(getTranslation("submission.dialog.dueHelp"));
            due.setLocale(PortalI18NProvider.CHINESE);
            due.setValue(initialDue);
            due.setClearButtonVisible(true);
            form.add(name, due);
        }
        reason.setLabel(getTranslation("submission.dialog.reason"));
        reason.setId("deliverable-reason");
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        form.add(reason);
        form.setWidth("28em");
        add(form);

        Button save = new Button(getTranslation("submission.dialog.save"), e -> {
            try {
                action.apply(name.getValue(), due.getValue(), reason.getValue());
                close();
                afterSave.run();
            } catch (RuntimeException ex) {
                Notification n = Notification.show(ex.getMessage(), 6000, Notification.Position.TOP_CENTER);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("deliverable-save");
        Button cancel = new Button(getTranslation("submission.dialog.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
