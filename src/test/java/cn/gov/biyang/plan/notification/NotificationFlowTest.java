package cn.gov.biyang.plan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.gov.biyang.plan.catalogue.CatalogueService;
import cn.gov.biyang.plan.catalogue.WorkItemKind;
import cn.gov.biyang.plan.organization.OrganizationService;
import cn.gov.biyang.plan.submission.DocumentKind;
import cn.gov.biyang.plan.submission.SubmissionService;
import java.io.ByteArrayInputStream;
import cn.gov.biyang.plan.support.MutableClock;
import cn.gov.biyang.plan.support.TestUsers;
import cn.gov.biyang.plan.support.PortalTest;
import cn.gov.biyang.plan.workcalendar.WorkingDayCalendar;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders, nudges, delivery and calendar feeds against the embedded PostgreSQL and a real SMTP server (GreenMail),
 * with a clock the test moves. Scheduling is off: the test runs the jobs itself, day by day.
 */
@PortalTest
@TestPropertySource(properties = {
        "portal.scheduling.enabled=false",
        "spring.mail.host=localhost",
        "spring.mail.port=3025",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=2000"})
class NotificationFlowTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    static final String SHUILI_MAIL = "shuili@demo.biyang.example";

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(LocalDateTime.of(2020, 1, 1, 10, 0));
        }
    }

    @Autowired MutableClock clock;
    @Autowired SubmissionService submissions;
    @Autowired ReminderJob reminders;
    @Autowired MailDispatcher dispatcher;
    @Autowired MailOutbox outbox;
    @Autowired NudgeService nudges;
    @Autowired Inbox inbox;
    @Autowired CalendarFeedService feeds;
    @Autowired WorkingDayCalendar calendar;
    @Autowired CatalogueService catalogue;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ObjectProvider<JavaMailSender> mailSender;
    @Autowired ReminderPolicyService policies;
    @Autowired OrganizationService organization;

    @BeforeEach
    void cleanSlate() throws Exception {
        jdbc.update("delete from reminder_sent");
        jdbc.update("delete from reminder_run");
        jdbc.update("delete from mail_outbox");
        jdbc.update("delete from notification");
        jdbc.update("delete from nudge");
        jdbc.update("update reminder_policy set copy_unit_leader = false");
        jdbc.update("update unit set leader_name = null, leader_email = null");
        // every test starts with nothing delivered (noRemindersOnceSubmitted submits topic 8's report)
        jdbc.update("update deliverable set status = 'NOT_SUBMITTED', current_round = 0");
        greenMail.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void logout() {
        TestUsers.signOut();
    }

    /** Steps the clock day by day at 10:00, runs the jobs (twice, as a restart would), returns days shuili got mail. */
    private List<LocalDate> stepAndCollect(LocalDate from, LocalDate to) throws Exception {
        List<LocalDate> days = new ArrayList<>();
        int seen = toShuili().size();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            clock.set(d.atTime(10, 0));
            reminders.runIfDue();
            dispatcher.dispatchDue();
            reminders.runIfDue();
            dispatcher.dispatchDue();
            List<MimeMessage> mine = toShuili();
            for (int i = seen; i < mine.size(); i++) {
                days.add(d);
                String body = plainText(mine.get(i));
                assertThat(body).as("digest of %s is not empty", d).contains("截止");
            }
            seen = mine.size();
        }
        return days;
    }

    /** The decoded text/plain part of a (multipart) mail. */
    static String plainText(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multi) {
            for (int i = 0; i < multi.getCount(); i++) {
                String text = plainText(multi.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private List<MimeMessage> toShuili() throws Exception {
        return to(SHUILI_MAIL);
    }

    private List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> result = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                result.add(m);
            }
        }
        return result;
    }

    @Test
    void oneDigestPerDueDayThroughJanuaryAndFebruary2020() throws Exception {
        // 县水利局 owes topic 8's 调研报告 on Friday 2020-01-31, inside the extended Spring Festival (01-24 – 02-02):
        // the 7/3/1/0-day reminders all fall on holidays and move to the last working day before, 01-23;
        // overdue reminders: next working day 02-03, then every 3 working days, 5 in all.
        // It also owes plan 6's 编制工作方案 and, as supporting unit, its contribution to plan 1's, both due
        // Saturday 02-29: 7 days before is Saturday 02-22 → Friday 02-21; 3 days → 02-26; 1 day and the day → 02-28.
        List<LocalDate> days = stepAndCollect(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 29));
        assertThat(days).containsExactly(LocalDate.of(2020, 1, 23), LocalDate.of(2020, 2, 3),
                LocalDate.of(2020, 2, 6), LocalDate.of(2020, 2, 11), LocalDate.of(2020, 2, 14),
                LocalDate.of(2020, 2, 19), LocalDate.of(2020, 2, 21), LocalDate.of(2020, 2, 26),
                LocalDate.of(2020, 2, 28));
        assertThat(days).allMatch(calendar::isWorkingDay);

        MimeMessage first = toShuili().getFirst();
        assertThat(first.getSubject()).startsWith("【规划编制】");
        assertThat(plainText(first)).contains("课题8", "调研报告", "距截止还有7天", "今日截止", "2020年1月31日");
        String last = plainText(toShuili().getLast());
        assertThat(last).contains("专项规划6", "编制工作方案", "专项规划1", "配合材料").doesNotContain("课题8");

        // a restart on a day already done sends nothing again
        clock.set(LocalDateTime.of(2020, 2, 28, 16, 0));
        assertThat(reminders.runIfDue()).isZero();
        dispatcher.dispatchDue();
        assertThat(toShuili()).hasSize(9);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where status <> 'SENT'", Integer.class))
                .isZero();
    }

    @Test
    void remindersOfADayTheServerWasDownAreMadeUpForTheNextWorkingDay() throws Exception {
        // plan 6's 编制工作方案 is due Saturday 02-29: reminders 02-21, 02-26 (3 days before), 02-28
        List<LocalDate> days = new ArrayList<>(stepAndCollect(LocalDate.of(2020, 2, 20), LocalDate.of(2020, 2, 25)));
        // 02-26: the server is down all day, nothing runs
        days.addAll(stepAndCollect(LocalDate.of(2020, 2, 27), LocalDate.of(2020, 2, 28)));
        assertThat(days).containsExactly(LocalDate.of(2020, 2, 21), LocalDate.of(2020, 2, 27), LocalDate.of(2020, 2, 28));
        MimeMessage madeUp = toShuili().get(1);
        assertThat(plainText(madeUp)).contains("专项规划6", "距截止还有2天（补发）");
        assertThat(jdbc.queryForObject("select count(*) from reminder_sent where recipient = 'shuili' "
                + "and day = '2020-02-26' and reminder = 'BEFORE_3'", Integer.class))
                .as("recorded under the day it was planned for").isPositive();
    }

    @Test
    void aNewInstallationDoesNotSendThePast() throws Exception {
        // the very first run, on 02-27, finds no earlier run: 02-21's and 02-26's reminders are not sent now
        assertThat(stepAndCollect(LocalDate.of(2020, 2, 27), LocalDate.of(2020, 2, 27))).isEmpty();
    }

    @Test
    void nothingBeforeTheSendingHourNorOnHolidays() {
        clock.set(LocalDateTime.of(2020, 1, 23, 8, 59));
        assertThat(reminders.runIfDue()).isZero();
        clock.set(LocalDateTime.of(2020, 1, 24, 10, 0));
        assertThat(reminders.runIfDue()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from reminder_run", Integer.class)).isZero();
    }

    @Test
    void noRemindersOnceSubmitted() throws Exception {
        long topic8 = catalogue.item(WorkItemKind.TOPIC, 8).orElseThrow().id();
        TestUsers.actAs(users, "shuili");
        Long report = submissions.deliverablesOf(topic8).getFirst().id();
        TestUsers.signOut();
        List<LocalDate> days = new ArrayList<>(stepAndCollect(LocalDate.of(2020, 1, 20), LocalDate.of(2020, 2, 3)));

        // 2020-02-04: the liaison uploads and submits the report, late
        clock.set(LocalDateTime.of(2020, 2, 4, 8, 0));
        TestUsers.actAs(users, "shuili");
        submissions.upload(report, DocumentKind.MAIN, null, "课题8调研报告.docx", "终稿",
                new ByteArrayInputStream(docx("泌阳县水利局：课题8调研报告")));
        submissions.submit(report);
        TestUsers.signOut();

        days.addAll(stepAndCollect(LocalDate.of(2020, 2, 4), LocalDate.of(2020, 2, 20)));
        assertThat(days).containsExactly(LocalDate.of(2020, 1, 23), LocalDate.of(2020, 2, 3));
    }

    @Test
    void theUnitsLeaderGetsACopyOfEachDigestOnlyWhenThePolicySaysSo() throws Exception {
        // plan 6's 编制工作方案 and the contribution to plan 1's are due Saturday 2020-02-29 (reminders 02-21, 02-26,
        // 02-28, overdue from 03-02); topic 8's report may have been submitted by another test, so it is not relied on
        // longer than the 64 characters of reminder_sent.recipient: copies are keyed by a hash of the address
        String leaderMail = "wang.jianshe.fenguan.lingdao.xianshuiliju.nongyenongcunju@shuili.biyang.example";
        long shuili = jdbc.queryForObject("select id from unit where code = 'shuili'", Long.class);
        long nongye = jdbc.queryForObject("select id from unit where code = 'nongye'", Long.class);
        // one leader in charge of two units (县水利局, 县农业农村局: plans 1 and 12 due the same day), the address
        // written differently on the second
        jdbc.update("update unit set leader_name = '王建设', leader_email = ? where id = ?", leaderMail, shuili);
        jdbc.update("update unit set leader_name = '王建设', leader_email = ? where id = ?",
                leaderMail.replace("wang", "Wang"), nongye);

        // by default no copy: the liaison's digest of 02-21 goes out, the leader hears nothing
        assertThat(stepAndCollect(LocalDate.of(2020, 2, 20), LocalDate.of(2020, 2, 21)))
                .contains(LocalDate.of(2020, 2, 21));
        assertThat(to(leaderMail)).isEmpty();

        // the office turns the copy on (audited)
        TestUsers.actAs(users, "office");
        ReminderPolicy p = policies.current();
        policies.update(new ReminderPolicy(p.daysBefore(), p.overdueEveryWorkingDays(), p.overdueMax(), p.sendHour(),
                true));
        TestUsers.signOut();
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'UPDATE_REMINDER_POLICY' "
                + "order by id desc limit 1", String.class)).contains("抄送单位分管领导");

        // the reminders of 02-26 and 02-28 reach the liaison and, as a copy, the leader — once each, although every
        // day runs twice as after a restart
        assertThat(stepAndCollect(LocalDate.of(2020, 2, 22), LocalDate.of(2020, 2, 28)))
                .containsExactly(LocalDate.of(2020, 2, 26), LocalDate.of(2020, 2, 28));
        List<MimeMessage> copies = to(leaderMail);
        assertThat(copies).as("one copy a day for both units").hasSize(2);
        assertThat(copies.getFirst().getSubject()).startsWith("【规划编制】（抄送）2 个分管单位有 ").endsWith("项事项临近截止");
        assertThat(plainText(copies.getFirst())).contains("王建设：", "县水利局、县农业农村局", "已同时提醒各单位联络员",
                "【县水利局】专项规划6", "编制工作方案", "【县水利局】专项规划1", "配合材料", "【县农业农村局】专项规划12",
                "2020年2月29日");
        // the leader has no account: no in-app notification is addressed to the copy
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient like 'leader:%'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForList("select distinct recipient from reminder_sent where day = '2020-02-28' "
                + "and (recipient = 'shuili' or recipient like 'leader:%')",
                String.class)).containsExactlyInAnyOrder("shuili", ReminderJob.leaderKey(leaderMail));

        // a leader without a usable address is listed for the office, and the copy is skipped (the liaison's is not)
        jdbc.update("update unit set leader_email = 'wang at shuili' where id in (?, ?)", shuili, nongye);
        assertThat(organization.leadersWithoutValidEmail()).extracting(OrganizationService.UnitLeader::unitId)
                .contains(shuili);
        assertThat(stepAndCollect(LocalDate.of(2020, 2, 29), LocalDate.of(2020, 3, 2)))
                .containsExactly(LocalDate.of(2020, 3, 2));
        assertThat(to(leaderMail)).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient_email = 'wang at shuili'",
                Integer.class)).isZero();
    }

    static byte[] docx(String text) throws Exception {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void smtpDownMailsWaitAreRetriedAndNoneIsLost() throws Exception {
        greenMail.stop();
        try {
            clock.set(LocalDateTime.of(2020, 1, 23, 10, 0));
            int digests = reminders.runIfDue();
            assertThat(digests).isGreaterThan(10);
            assertThat(dispatcher.dispatchDue()).isZero();
            assertThat(jdbc.queryForObject("select count(*) from mail_outbox where status = 'PENDING' and attempts = 1 "
                    + "and last_error is not null", Integer.class)).isEqualTo(digests);
        } finally {
            greenMail.start();
        }
        assertThat(dispatcher.dispatchDue()).as("backoff not over yet").isZero();
        clock.advance(Duration.ofMinutes(2));
        int sent = dispatcher.dispatchDue();
        int pending = jdbc.queryForObject("select count(*) from mail_outbox where status <> 'SENT'", Integer.class);
        assertThat(pending).isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(sent);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Integer.class)).isEqualTo(sent);
    }

    @Test
    void twoDispatchersOnOneDatabaseSendEachMailOnce() throws Exception {
        int mails = 40;
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < mails; i++) {
                outbox.enqueue("SYSTEM", "test:" + i, "shuili", SHUILI_MAIL,
                        new OutgoingMail("测试邮件 " + i, "正文 " + i, "<p>正文 " + i + "</p>"));
            }
        });
        MailDispatcher second = new MailDispatcher(jdbc, tx, mailSender, clock, "office@biyang.example", 12);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> runs = List.of(dispatcher::dispatchDue, second::dispatchDue);
            int total = 0;
            for (Future<Integer> f : pool.invokeAll(runs)) {
                total += f.get();
            }
            assertThat(total).isEqualTo(mails);
        } finally {
            pool.shutdown();
        }
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(mails);
        Set<String> subjects = new HashSet<>();
        for (MimeMessage m : received) {
            subjects.add(m.getSubject());
        }
        assertThat(subjects).hasSize(mails);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where status = 'SENT' and attempts = 1",
                Integer.class)).isEqualTo(mails);
    }

    @Test
    void twoReminderJobsAtOnceWriteTheDaysDigestsOnce() throws Exception {
        clock.set(LocalDateTime.of(2020, 1, 23, 10, 0)); // the topic reports' reminders, moved before Spring Festival
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int total = 0;
        try {
            List<Callable<Integer>> runs = List.of(reminders::runIfDue, reminders::runIfDue);
            for (Future<Integer> f : pool.invokeAll(runs)) {
                total += f.get();
            }
        } finally {
            pool.shutdown();
        }
        int outboxRows = jdbc.queryForObject("select count(*) from mail_outbox", Integer.class);
        assertThat(total).as("digests written by both runs together").isEqualTo(outboxRows).isGreaterThan(10);
        assertThat(jdbc.queryForObject("select count(distinct recipient_email) from mail_outbox", Integer.class))
                .isEqualTo(outboxRows);
        assertThat(jdbc.queryForObject("select count(*) from reminder_run", Integer.class)).isEqualTo(1);
        dispatcher.dispatchDue();
        assertThat(toShuili()).hasSize(1);
    }

    @Test
    void aSecondCopyOfTheSameMailIsImpossible() {
        tx.executeWithoutResult(s -> {
            assertThat(outbox.enqueue("SYSTEM", "same", "shuili", SHUILI_MAIL, new OutgoingMail("a", "b", "c")))
                    .isNotNull();
            assertThat(outbox.enqueue("SYSTEM", "same", "shuili", SHUILI_MAIL, new OutgoingMail("a", "b", "c")))
                    .isNull();
            assertThat(outbox.enqueue("SYSTEM", "bad", "x", "x@y\r\nBcc: evil@example.com",
                    new OutgoingMail("a", "b", "c"))).isNull();
        });
    }

    @Test
    void withoutSmtpMailsStayWaitingWithTheReasonShown() {
        tx.executeWithoutResult(s -> outbox.enqueue("SYSTEM", "nosmtp", "shuili", SHUILI_MAIL,
                new OutgoingMail("a", "b", "c")));
        ObjectProvider<JavaMailSender> none = new ObjectProvider<>() {
            @Override
            public JavaMailSender getObject(Object... args) {
                throw new IllegalStateException();
            }

            @Override
            public JavaMailSender getIfAvailable() {
                return null;
            }

            @Override
            public JavaMailSender getIfUnique() {
                return null;
            }

            @Override
            public JavaMailSender getObject() {
                throw new IllegalStateException();
            }
        };
        MailDispatcher withoutSmtp = new MailDispatcher(jdbc, tx, none, clock, "office@biyang.example", 12);
        assertThat(withoutSmtp.dispatchDue()).isZero();
        assertThat(jdbc.queryForObject("select last_error from mail_outbox where dedup_key = 'nosmtp'", String.class))
                .isEqualTo(MailDispatcher.NO_SMTP);
        // once SMTP is there, it goes out
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
    }

    @Test
    void nudgesReachTheLiaisonsByMailAndInAppAndEscalate() throws Exception {
        clock.set(LocalDateTime.of(2020, 2, 5, 10, 0));
        Long shuili = catalogue.unitByCode("shuili").orElseThrow().id();

        TestUsers.actAs(users, "shuili");
        assertThatThrownBy(() -> nudges.send(List.of(shuili), "x")).isInstanceOf(AccessDeniedException.class);

        TestUsers.actAs(users, "office");
        OverdueUnit unit = nudges.overdueUnits().stream().filter(u -> u.unitId().equals(shuili)).findFirst()
                .orElseThrow();
        assertThat(unit.items()).singleElement().satisfies(i -> {
            assertThat(i.title()).contains("课题8");
            assertThat(i.daysOverdue()).isEqualTo(5);
        });
        assertThat(unit.nextLevel()).isEqualTo(NudgeLevel.REMIND);
        String message = nudges.render(nudges.defaultMessage(), unit);
        assertThat(message).startsWith("县水利局：").contains("已逾期5天", "提醒");

        // user text with a header injection attempt stays in the body
        String template = nudges.defaultMessage() + "\r\nBcc: evil@example.com";
        NudgeService.Result result = nudges.send(List.of(shuili), template);
        assertThat(result.units()).isEqualTo(1);
        assertThat(result.mails()).isEqualTo(1);
        assertThat(nudges.send(List.of(shuili), template).units()).isEqualTo(1);
        assertThat(nudges.send(List.of(shuili), template).units()).isEqualTo(1);
        assertThat(nudges.history(10)).extracting(NudgeRecord::level)
                .containsExactly(NudgeLevel.SUPERVISE, NudgeLevel.URGE, NudgeLevel.REMIND);

        dispatcher.dispatchDue();
        List<MimeMessage> mails = toShuili();
        assertThat(mails).hasSize(3);
        assertThat(mails.getFirst().getSubject()).isEqualTo("【规划编制】提醒通知");
        assertThat(mails.getFirst().getAllRecipients()).hasSize(1);
        assertThat(mails.getFirst().getHeader("Bcc")).isNull();
        assertThat(plainText(mails.getFirst())).contains("课题8");

        TestUsers.actAs(users, "shuili");
        assertThat(inbox.unreadCount()).isEqualTo(3);
        InboxMessage newest = inbox.mine(0, 10).getFirst();
        assertThat(newest.title()).contains("督办", "县水利局");
        inbox.markRead(newest.id());
        assertThat(inbox.unreadCount()).isEqualTo(2);

        // another liaison cannot mark shuili's notification read
        TestUsers.actAs(users, "shuili");
        long secondId = inbox.mine(0, 10).get(0).id();
        TestUsers.actAs(users, "nongye");
        inbox.markRead(secondId);
        TestUsers.actAs(users, "shuili");
        assertThat(inbox.unreadCount()).isEqualTo(2);
    }

    @Test
    void theOfficeMayLeaveItemsOutAndTheLevelStartsAgainOnceAUnitCaughtUp() throws Exception {
        Long shuili = catalogue.unitByCode("shuili").orElseThrow().id();
        TestUsers.actAs(users, "office");
        clock.set(LocalDateTime.of(2020, 2, 5, 10, 0));
        nudges.send(List.of(shuili), nudges.defaultMessage()); // 提醒, then 催办, about topic 8's report
        nudges.send(List.of(shuili), nudges.defaultMessage());
        jdbc.update("""
                update deliverable set status = 'SUBMITTED' where work_item_id =
                  (select id from work_item where kind = 'TOPIC' and number = 8)""");

        // 2020-03-02: topic 8 delivered; plan 6's 编制工作方案 and the contribution to plan 1's are overdue since 02-29
        clock.set(LocalDateTime.of(2020, 3, 2, 10, 0));
        OverdueUnit unit = nudges.overdueUnits().stream().filter(u -> u.unitId().equals(shuili)).findFirst()
                .orElseThrow();
        assertThat(unit.items()).extracting(OverdueUnit.OverdueItem::title)
                .allSatisfy(t -> assertThat(t).contains("编制工作方案")).hasSize(2);
        assertThat(unit.nudgesSoFar()).as("the two nudges were about topic 8").isZero();
        assertThat(unit.nextLevel()).isEqualTo(NudgeLevel.REMIND);

        // only the unit's own deliverable, not its contribution
        OverdueUnit.OverdueItem own = unit.items().stream().filter(i -> !i.title().contains("配合材料")).findFirst()
                .orElseThrow();
        NudgeService.Result result = nudges.send(List.of(shuili), List.of(own.key()), nudges.defaultMessage());
        assertThat(result.units()).isEqualTo(1);
        NudgeRecord last = nudges.history(1).getFirst();
        assertThat(last.level()).isEqualTo(NudgeLevel.REMIND);
        assertThat(last.items()).contains("专项规划6").doesNotContain("配合材料");
        assertThat(last.message()).contains("专项规划6").doesNotContain("专项规划1");
        assertThat(nudges.overdueUnits().stream().filter(u -> u.unitId().equals(shuili)).findFirst().orElseThrow()
                .nextLevel()).isEqualTo(NudgeLevel.URGE);
        // ticking nothing of a unit is refused, and nothing is sent
        int before = jdbc.queryForObject("select count(*) from nudge", Integer.class);
        assertThatThrownBy(() -> nudges.send(List.of(shuili), List.of(), nudges.defaultMessage()))
                .hasMessageContaining("至少勾选");
        assertThat(jdbc.queryForObject("select count(*) from nudge", Integer.class)).isEqualTo(before);
        // the plan documents delivered, topic 8's report returned: it is what is overdue now, and it was nudged about
        // twice in February, so the next nudge is the third about it
        jdbc.update("""
                update deliverable set status = 'SUBMITTED' where name = '编制工作方案' and work_item_id in
                  (select id from work_item where kind = 'SPECIAL_PLAN' and number in (1, 6))""");
        jdbc.update("""
                update deliverable set status = 'RETURNED' where work_item_id =
                  (select id from work_item where kind = 'TOPIC' and number = 8)""");
        OverdueUnit returned = nudges.overdueUnits().stream().filter(u -> u.unitId().equals(shuili)).findFirst()
                .orElseThrow();
        assertThat(returned.items()).singleElement().satisfies(i -> assertThat(i.title()).contains("课题8"));
        assertThat(returned.nextLevel()).isEqualTo(NudgeLevel.SUPERVISE);
    }

    @Test
    void aUnitWithoutAnEnabledLiaisonIsReportedNotNudged() {
        Long shuili = catalogue.unitByCode("shuili").orElseThrow().id();
        clock.set(LocalDateTime.of(2020, 2, 5, 10, 0));
        jdbc.update("update app_user set enabled = false where username = 'shuili'");
        try {
            TestUsers.actAs(users, "office");
            assertThat(nudges.unitsWithoutLiaison()).contains("县水利局");
            NudgeService.Result result = nudges.send(List.of(shuili), nudges.defaultMessage());
            assertThat(result.units()).isZero();
            assertThat(result.withoutLiaison()).containsExactly("县水利局");
            assertThat(jdbc.queryForObject("select count(*) from nudge", Integer.class)).as("no level used up").isZero();
        } finally {
            jdbc.update("update app_user set enabled = true where username = 'shuili'");
        }
        assertThat(nudges.unitsWithoutLiaison()).doesNotContain("县水利局");
    }

    @Test
    void calendarFeedParsesAndARevokedUrlStopsWorking() throws Exception {
        Long shuili = catalogue.unitByCode("shuili").orElseThrow().id();
        TestUsers.actAs(users, "nongye");
        assertThatThrownBy(() -> feeds.renew(shuili)).isInstanceOf(AccessDeniedException.class);

        TestUsers.actAs(users, "shuili");
        String path = feeds.renew(shuili);
        String token = path.substring("calendar/".length(), path.length() - ".ics".length());
        assertThat(token).hasSizeGreaterThanOrEqualTo(32);
        String ics = feeds.ics(token).orElseThrow();

        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = parsed.getComponents("VEVENT");
        // topic 8's report, plan 6's five stages, and its contributions to plan 1's five stages
        assertThat(events).hasSize(11);
        assertThat(events).extracting(e -> e.getDateTimeStart().getValue())
                .contains("20200131", "20200229", "20200630", "20200930");
        assertThat(events).allSatisfy(e -> assertThat(e.getUid()).isPresent());
        // each event stamped once (RFC 5545), with the portal's clock, not the system's
        assertThat(events).allSatisfy(e -> assertThat(e.<net.fortuna.ical4j.model.Property>getProperties("DTSTAMP"))
                .extracting(net.fortuna.ical4j.model.Property::getValue).singleElement().asString().startsWith("2020"));
        assertThat(events.getFirst().getSummary().getValue()).contains("截止");

        String renewed = feeds.renew(shuili);
        assertThat(feeds.ics(token)).as("the old URL after renewal").isEmpty();
        feeds.revoke(shuili);
        String newToken = renewed.substring("calendar/".length(), renewed.length() - ".ics".length());
        assertThat(feeds.ics(newToken)).isEmpty();
        assertThat(feeds.activePath(shuili)).isEmpty();
    }
}
