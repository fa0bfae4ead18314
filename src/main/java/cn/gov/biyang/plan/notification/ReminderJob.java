package cn.gov.biyang.plan.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.gov.biyang.plan.base.ClockConfiguration;
import cn.gov.biyang.plan.base.Sha256;
import cn.gov.biyang.plan.organization.OrganizationService;
import cn.gov.biyang.plan.organization.OrganizationService.UnitLeader;
import cn.gov.biyang.plan.security.AccountService;
import cn.gov.biyang.plan.security.AccountService.Contact;
import cn.gov.biyang.plan.workcalendar.WorkingDayCalendar;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once per working day, at the policy's hour or the first run after it, gathers every reminder due that day into one
 * digest per recipient and writes digests, reminder records and in-app notifications in one transaction. The day's
 * row in reminder_run and the unique (item, recipient, reminder, day) key make a second run — after a restart, or on
 * another instance — send nothing; a recipient with nothing due gets no mail. Working days on which no run happened
 * (the server was down) are made up for in the next run's digest, as far as the reminders still make sense.
 */
@Component
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final DueItemSource items;
    private final ReminderPolicyService policies;
    private final WorkingDayCalendar calendar;
    private final AccountService accounts;
    private final OrganizationService organization;
    private final MailOutbox outbox;
    private final MailComposer composer;
    private final Inbox inbox;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    ReminderJob(DueItemSource items, ReminderPolicyService policies, WorkingDayCalendar calendar,
                AccountService accounts, OrganizationService organization, MailOutbox outbox, MailComposer composer, Inbox inbox, JdbcTemplate jdbc,
                TransactionTemplate tx, Clock clock) {
        this.items = items;
        this.policies = policies;
        this.calendar = calendar;
        this.accounts = accounts;
        this.organization = organization;
        this.outbox = outbox;
        this.composer = composer;
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portal.reminders.check-interval:PT5M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "reminders", lockAtMostFor = "PT30M")
    public void scheduledRun() {
        runIfDue();
    }

    /** Builds today's digests if today is a working day, the sending hour has come, and nobody did it yet. */
    public int runIfDue() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ClockConfiguration.ZONE));
        LocalDate today = now.toLocalDate();
        ReminderPolicy policy = policies.current();
        if (!calendar.isWorkingDay(today) || now.getHour() < policy.sendHour()) {
            return 0;
        }
        Integer mails = tx.execute(status -> {
            List<LocalDate> missed = missedWorkingDays(today);
            int claimed = jdbc.update("insert into reminder_run (day, ran_at, mails) values (?, ?, 0) "
                    + "on conflict (day) do nothing", today, Timestamp.from(clock.instant()));
            if (claimed == 0) {
                return 0;
            }
            int count = buildDigests(today, missed, policy);
            jdbc.update("update reminder_run set mails = ? where day = ?", count, today);
            return count;
        });
        if (mails != null && mails > 0) {
            log.info("Reminders of {}: {} digest mails", today, mails);
        }
        return mails == null ? 0 : mails;
    }

    /** How far back a run makes up for working days on which no run happened (the server was down, say). */
    static final int CATCH_UP_DAYS = 14;

    /**
     * Working days since the last run, before today, on which no run happened — none before the very first run (a
     * new installation does not send the past), and none more than {@link #CATCH_UP_DAYS} ago.
     */
    private List<LocalDate> missedWorkingDays(LocalDate today) {
        LocalDate last = jdbc.queryForObject("select max(day) from reminder_run where day < ?", LocalDate.class, today);
        List<LocalDate> missed = new ArrayList<>();
        if (last == null) {
            return missed;
        }
        LocalDate from = last.plusDays(1).isBefore(today.minusDays(CATCH_UP_DAYS)) ? today.minusDays(CATCH_UP_DAYS)
                : last.plusDays(1);
        for (LocalDate d = from; d.isBefore(today); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                missed.add(d);
            }
        }
        return missed;
    }

    /**
     * Reminders of an item today, and those of missed days it still needs: a missed reminder before the deadline only
     * while the deadline has not passed, a missed overdue reminder always (it is still overdue, or it would be
     * delivered). Each is recorded under the day it was planned for, so the database refuses it a second time.
     */
    private Map<LocalDate, List<ReminderKind>> remindersFor(DueItem item, LocalDate today, List<LocalDate> missed,
                                                            ReminderPolicy policy) {
        Map<LocalDate, List<ReminderKind>> byDay = new LinkedHashMap<>();
        for (LocalDate d : missed) {
            List<ReminderKind> kinds = ReminderPlanner.remindersOn(d, item, policy, calendar).stream()
                    .filter(k -> k.overdue() || !today.isAfter(item.dueOn())).toList();
            if (!kinds.isEmpty()) {
                byDay.put(d, kinds);
            }
        }
        List<ReminderKind> now = ReminderPlanner.remindersOn(today, item, policy, calendar);
        if (!now.isEmpty()) {
            byDay.put(today, now);
        }
        return byDay;
    }

    /** Why the item is in today's mail: today's reminders, or — for one only made up for — where it stands today. */
    private static String why(DueItem item, LocalDate today, Map<LocalDate, List<ReminderKind>> byDay) {
        List<ReminderKind> kinds = byDay.get(today);
        if (kinds != null) {
            return String.join("、", kinds.stream().map(ReminderKind::label).toList());
        }
        long daysLeft = ChronoUnit.DAYS.between(today, item.dueOn());
        String state = daysLeft >= 0 ? ReminderKind.before((int) daysLeft).label()
                : byDay.values().stream().flatMap(List::stream).reduce((a, b) -> b).orElseThrow().label();
        return state + "（补发）";
    }

    private int buildDigests(LocalDate today, List<LocalDate> missed, ReminderPolicy policy) {
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        Map<String, List<MailComposer.DigestLine>> lines = new LinkedHashMap<>();
        for (DueItem item : items.items()) {
            if (item.unitId() == null || item.delivered() || item.dueOn() == null) {
                continue;
            }
            Map<LocalDate, List<ReminderKind>> byDay = remindersFor(item, today, missed, policy);
            if (byDay.isEmpty()) {
                continue;
            }
            long overdueDays = Math.max(0, ChronoUnit.DAYS.between(item.dueOn(), today));
            String why = why(item, today, byDay);
            for (Recipient r : recipientsOf(item.unitId(), policy)) {
                boolean fresh = false;
                for (var planned : byDay.entrySet()) {
                    for (ReminderKind kind : planned.getValue()) {
                        fresh |= jdbc.update("insert into reminder_sent (item_key, recipient, reminder, day) "
                                + "values (?, ?, ?, ?) on conflict do nothing", item.key(), r.key(), kind.code(),
                                planned.getKey()) > 0;
                    }
                }
                if (fresh) {
                    recipients.putIfAbsent(r.key(), r);
                    lines.computeIfAbsent(r.key(), k -> new ArrayList<>())
                            .add(new MailComposer.DigestLine(item, why, overdueDays));
                }
            }
        }
        int mails = 0;
        for (var entry : lines.entrySet()) {
            Recipient r = recipients.get(entry.getKey());
            OutgoingMail mail = r.leaderCopy()
                    ? composer.leaderCopy(r.name(), entry.getValue())
                    : composer.digest(r.name(), entry.getValue());
            Long id = outbox.enqueue("REMINDER", "digest:" + r.key() + ":" + today, r.username(), r.email(), mail);
            if (id != null) {
                mails++;
                // today's reminders and those made up for from missed days
                jdbc.update("update reminder_sent set outbox_id = ? where recipient = ? and day >= ? "
                        + "and outbox_id is null", id, r.key(), missed.isEmpty() ? today : missed.getFirst());
            }
            if (r.username() != null) {
                inbox.deliver(r.username(), mail.subject(), String.join("\n", entry.getValue().stream()
                        .map(l -> l.item().title() + "（" + l.why() + "）").toList()), "my-tasks");
            }
        }
        return mails;
    }

    /**
     * Who hears about a unit's items: its liaisons, and — when the policy says so — a copy to its responsible leader,
     * who need not have an account. The copy is keyed by the leader's address, so a leader responsible for several
     * units gets one copy a day with all their items.
     */
    private List<Recipient> recipientsOf(Long unitId, ReminderPolicy policy) {
        List<Recipient> result = new ArrayList<>();
        for (Contact c : accounts.liaisonsOf(unitId)) {
            result.add(new Recipient(c.username(), c.username(), c.displayName(), c.email(), false));
        }
        if (policy.copyUnitLeader()) {
            organization.leaderOf(unitId).filter(UnitLeader::reachable).ifPresent(l -> result.add(new Recipient(
                    leaderKey(l.email()), null, l.name() == null ? "分管领导" : l.name(), l.email(), true)));
        }
        return result;
    }

    /**
     * The key of a leader's copies: the address, compared without case, hashed to a fixed length (addresses may be
     * longer than the recipient column; the key only has to tell one leader from another).
     */
    static String leaderKey(String email) {
        return "leader:" + Sha256.hex(email.strip().toLowerCase(Locale.ROOT)).substring(0, 32);
    }

    /**
     * One digest recipient: {@code key} is what reminder_sent and the outbox's dedup key record; {@code username} is
     * null for a leader without an account (no in-app notification); {@code leaderCopy} marks a responsible leader's
     * copy (its lines name their units).
     */
    private record Recipient(String key, String username, String name, String email, boolean leaderCopy) {
    }
}
