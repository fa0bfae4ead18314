package cn.gov.biyang.plan.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import cn.gov.biyang.plan.notification.MailDispatcher;
import cn.gov.biyang.plan.notification.NudgeRecord;
import cn.gov.biyang.plan.notification.OutboxEntry;
import cn.gov.biyang.plan.notification.OverdueUnit;
import cn.gov.biyang.plan.notification.ReminderJob;
import cn.gov.biyang.plan.notification.ReminderPolicyService;
import cn.gov.biyang.plan.support.ViewHarness;
import cn.gov.biyang.plan.support.ViewTestSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The office's 催办, 发件箱 and 提醒设置 pages and a liaison's bell and 通知 list, without a browser: what the user
 * sees, what a click does, and that bad input is refused with a Chinese message and changes nothing.
 */
class NotificationViewsTest extends ViewTestSupport {

    @Autowired ReminderJob reminders;
    @Autowired MailDispatcher dispatcher;
    @Autowired ReminderPolicyService policies;
    Long shuili;

    @BeforeEach
    void fiveDaysAfterTheReportDeadline() {
        clock.set(LocalDateTime.of(2020, 2, 5, 10, 0));
        for (String table : List.of("nudge", "notification", "reminder_sent", "reminder_run", "mail_outbox")) {
            jdbc.update("delete from " + table);
        }
        jdbc.update("update deliverable set status = 'NOT_SUBMITTED', current_round = 0");
        shuili = jdbc.queryForObject("select id from unit where code = 'shuili'", Long.class);
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return page.byId(Grid.class, id);
    }

    private List<Checkbox> itemBoxes(OverdueUnit unit) {
        return ViewHarness.within(ViewHarness.cell(this.<OverdueUnit>grid("overdue-units"), 1, unit), Checkbox.class);
    }

    /** Clicks 只选此单位 in the unit's row. */
    private OverdueUnit pickOnly(Long unitId) {
        Grid<OverdueUnit> units = grid("overdue-units");
        OverdueUnit unit = units.getListDataView().getItems().filter(u -> u.unitId().equals(unitId)).findFirst()
                .orElseThrow();
        ((Button) ViewHarness.cell(units, 4, unit)).click();
        return unit;
    }

    @Test
    void theOfficePicksAUnitSeesThePreviewAndSendsANudgeThatEscalatesNextTime() {
        signIn("office");
        page.show(NudgeView.class);
        Grid<OverdueUnit> units = grid("overdue-units");
        OverdueUnit unit = pickOnly(shuili);
        assertThat(unit.nextLevel().label()).isEqualTo("提醒");

        assertThat(units.getSelectedItems()).containsExactly(unit);
        assertThat(page.byId(Pre.class, "nudge-preview").getText()).startsWith("县水利局：")
                .contains("课题8", "截止2020年1月31日，已逾期5天", "现予以提醒");

        // untick its only item: nothing to send, and nothing is sent
        Checkbox box = itemBoxes(unit).getFirst();
        box.setValue(false);
        assertThat(page.byId(Pre.class, "nudge-preview").getText()).contains("请至少勾选一项");
        page.byId(Button.class, "nudge-send").click();
        assertThat(page.notifications()).last().asString().contains("没有勾选任何事项");
        assertThat(jdbc.queryForObject("select count(*) from nudge", Integer.class)).isZero();

        box.setValue(true);
        page.byId(Button.class, "nudge-send").click();
        assertThat(page.notifications()).last().asString().startsWith("已向 1 个单位发出催办，邮件 1 封");
        List<NudgeRecord> history = grid("nudge-history").getListDataView().getItems()
                .map(NudgeRecord.class::cast).toList();
        assertThat(history).singleElement().satisfies(r -> {
            assertThat(r.unitName()).isEqualTo("县水利局");
            assertThat(r.level().label()).isEqualTo("提醒");
        });
        assertThat(units.getListDataView().getItems().filter(u -> u.unitId().equals(shuili)).findFirst()
                .orElseThrow().nextLevel().label()).isEqualTo("催办");
    }

    @Test
    void anEmptyNudgeMessageIsRefused() {
        signIn("office");
        page.show(NudgeView.class);
        pickOnly(shuili);
        page.byId(TextArea.class, "nudge-message").setValue("  ");
        page.byId(Button.class, "nudge-send").click();
        assertThat(page.notifications()).last().asString().isEqualTo("催办内容不能为空");
        assertThat(jdbc.queryForObject("select count(*) from nudge", Integer.class)).isZero();
    }

    @Test
    void aLiaisonSeesTheNudgeUnderTheBellAndMarksItRead() {
        signIn("office");
        page.show(NudgeView.class);
        pickOnly(shuili);
        page.byId(Button.class, "nudge-send").click();
        page.close();

        signIn("shuili");
        page = ViewHarness.start(context);
        Button bell = (Button) context.getBean(BellExtension.class).create();
        assertThat(bell.getAriaLabel()).hasValue("通知（1 条未读）");
        assertThat(ViewHarness.within(bell, Span.class)).extracting(Span::getText).containsExactly("1");

        page.show(NotificationsView.class);
        Grid<?> list = grid("notifications-grid");
        assertThat(list.getLazyDataView().getItems().count()).isEqualTo(1);
        page.byId(Button.class, "mark-all-read").click();
        Button after = (Button) context.getBean(BellExtension.class).create();
        assertThat(after.getAriaLabel()).hasValue("通知（0 条未读）");
        assertThat(ViewHarness.within(after, Span.class)).isEmpty();
    }

    @Test
    void withoutSmtpTheOutboxShowsWaitingMailsWithTheReasonAndUnreachableUnits() {
        clock.set(LocalDateTime.of(2020, 1, 23, 10, 0)); // the topic reports' reminders
        int digests = reminders.runIfDue();
        assertThat(digests).isGreaterThan(10);
        dispatcher.dispatchDue(); // no SMTP in this context
        jdbc.update("update app_user set enabled = false where username = 'tongji'");
        try {
            signIn("office");
            page.show(OutboxView.class);
            Grid<OutboxEntry> outbox = grid("outbox-grid");
            List<OutboxEntry> rows = outbox.getLazyDataView().getItems().toList();
            assertThat(rows).hasSize(digests);
            assertThat(rows).allSatisfy(r -> {
                assertThat(r.statusLabel()).isEqualTo("待发送");
                assertThat(r.lastError()).contains("未配置邮件服务器");
            });
            assertThat(page.byId(Paragraph.class, "units-without-liaison").getText()).contains("县统计局");
        } finally {
            jdbc.update("update app_user set enabled = true where username = 'tongji'");
        }
    }

    @Test
    void aBadReminderPolicyIsRefusedAndTheOldOneKept() {
        signIn("office");
        String before = policies.current().daysBeforeText();
        page.show(ReminderPolicyView.class);
        page.byId(TextField.class, "days-before").setValue("7，三，1");
        page.byId(Button.class, "save-policy").click();
        assertThat(page.notifications()).last().asString().isEqualTo("提前天数请用逗号分隔的整数，如 7,3,1,0");
        assertThat(policies.current().daysBeforeText()).isEqualTo(before);

        page.find(IntegerField.class).findFirst().orElseThrow().clear();
        page.byId(TextField.class, "days-before").setValue("5、2、0");
        page.byId(Button.class, "save-policy").click();
        assertThat(page.notifications()).last().asString().isEqualTo("请填写所有数字");
        assertThat(policies.current().daysBeforeText()).isEqualTo(before);
    }
}
