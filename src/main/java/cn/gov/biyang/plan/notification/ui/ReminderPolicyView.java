package cn.gov.biyang.plan.notification.ui;

import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.notification.ReminderPolicy;
import cn.gov.biyang.plan.notification.ReminderPolicyService;
import cn.gov.biyang.plan.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 提醒设置: when reminders go out. */
@Route(value = "office/reminders", layout = MainLayout.class)
@PageTitle("提醒设置 · 规划编制协同平台")
@RolesAllowed(Role.OFFICE_ROLE)
public class ReminderPolicyView extends VerticalLayout {

    public ReminderPolicyView(ReminderPolicyService policies) {
        setId("reminder-policy-view");
        add(Views.heading(getTranslation("nav.reminders")), new Paragraph(getTranslation("reminders.intro")));
        ReminderPolicy p = policies.current();
        TextField days = new TextField(getTranslation("reminders.daysBefore"), p.daysBeforeText(), "7,3,1,0");
        days.setId("days-before");
        IntegerField every = new IntegerField(getTranslation("reminders.overdueEvery"));
        every.setValue(p.overdueEveryWorkingDays());
        every.setMin(1);
        IntegerField max = new IntegerField(getTranslation("reminders.overdueMax"));
        max.setValue(p.overdueMax());
        max.setMin(0);
        IntegerField hour = new IntegerField(getTranslation("reminders.sendHour"));
        hour.setValue(p.sendHour());
        hour.setMin(0);
        hour.setMax(23);
        // the copy goes to the 分管领导邮箱 each unit records (单位与领导小组); units without one are listed in 发件箱
        Checkbox copyLeader = new Checkbox(getTranslation("reminders.copyLeader"), p.copyUnitLeader());
        copyLeader.setId("copy-unit-leader");
        copyLeader.setHelperText(getTranslation("reminders.copyLeader.help"));
        Button save = new Button(getTranslation("reminders.save"), e -> {
            try {
                if (every.getValue() == null || max.getValue() == null || hour.getValue() == null) {
                    throw new IllegalArgumentException(getTranslation("reminders.fillAll"));
                }
                policies.update(new ReminderPolicy(ReminderPolicy.parseDays(days.getValue()), every.getValue(),
                        max.getValue(), hour.getValue(), copyLeader.getValue()));
                Notification.show(getTranslation("reminders.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalArgumentException ex) {
                Notification.show(ex.getMessage(), 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-policy");
        add(new FormLayout(days, every, max, hour, copyLeader), save);
    }
}
