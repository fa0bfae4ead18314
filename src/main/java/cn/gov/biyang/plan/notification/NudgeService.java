package cn.gov.biyang.plan.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gov.biyang.plan.audit.AuditService;
import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.security.AccountService;
import cn.gov.biyang.plan.security.AccountService.Contact;
import cn.gov.biyang.plan.security.CurrentUser;
import cn.gov.biyang.plan.security.SignedInUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办: the office picks units with overdue items (all of a unit's items, or some of them), edits a prefilled message
 * and sends it by mail and in-app to the units' liaisons. Each nudge is logged per unit with the items it named; the
 * level rises with each nudge about any of the unit's current overdue items (提醒 → 催办 → 督办), so it starts again
 * once the unit has caught up.
 */
@Service
public class NudgeService {

    /** Placeholders the office may keep in the message; they are filled per unit. */
    public static final String UNIT = "{单位}";
    public static final String ITEMS = "{逾期事项}";
    public static final String LEVEL = "{级别}";
    public static final String DATE = "{日期}";

    private final DueItemSource items;
    private final AccountService accounts;
    private final MailOutbox outbox;
    private final MailComposer composer;
    private final Inbox inbox;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    NudgeService(DueItemSource items, AccountService accounts, MailOutbox outbox, MailComposer composer, Inbox inbox,
                 JdbcTemplate jdbc, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.items = items;
        this.accounts = accounts;
        this.outbox = outbox;
        this.composer = composer;
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    public String defaultMessage() {
        return UNIT + "：\n"
                + "根据《泌阳县人民政府办公室关于组织开展全县“十四五”规划编制工作的通知》（泌政办〔2019〕95号）要求，"
                + "贵单位以下事项已超过报送期限：\n" + ITEMS + "\n"
                + "现予以" + LEVEL + "，请于3个工作日内通过规划编制协同平台报送。\n"
                + "县“十四五”规划编制工作领导小组办公室\n" + DATE;
    }

    /** Units with overdue, undelivered items, most overdue first. */
    @Transactional(readOnly = true)
    public List<OverdueUnit> overdueUnits() {
        requireOffice("VIEW_OVERDUE");
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<DueItem>> byUnit = items.items().stream()
                .filter(i -> !i.delivered() && i.unitId() != null && i.dueOn() != null && today.isAfter(i.dueOn()))
                .collect(Collectors.groupingBy(DueItem::unitId));
        List<OverdueUnit> result = new ArrayList<>();
        byUnit.forEach((unitId, list) -> {
            List<OverdueUnit.OverdueItem> overdue = list.stream().sorted(Comparator.comparing(DueItem::dueOn))
                    .map(i -> new OverdueUnit.OverdueItem(i.key(), i.title(), i.dueOn(),
                            ChronoUnit.DAYS.between(i.dueOn(), today), i.link())).toList();
            int previous = nudgesAbout(unitId, overdue.stream().map(OverdueUnit.OverdueItem::title).toList());
            result.add(new OverdueUnit(unitId, list.getFirst().unitName(), overdue, previous,
                    NudgeLevel.afterPrevious(previous)));
        });
        result.sort(Comparator.comparing((OverdueUnit u) -> u.items().getFirst().daysOverdue()).reversed()
                .thenComparing(OverdueUnit::unitName));
        return result;
    }

    /** The message as the unit will read it. */
    public String render(String template, OverdueUnit unit) {
        StringBuilder list = new StringBuilder();
        int n = 1;
        for (OverdueUnit.OverdueItem i : unit.items()) {
            list.append(n++).append(". ").append(i.title()).append("（截止").append(ChineseFormats.date(i.dueOn()))
                    .append("，已逾期").append(i.daysOverdue()).append("天）\n");
        }
        return template.replace(UNIT, unit.unitName()).replace(ITEMS, list.toString().stripTrailing())
                .replace(LEVEL, unit.nextLevel().label()).replace(DATE, ChineseFormats.date(LocalDate.now(clock)));
    }

    /**
     * What happened: units nudged and mails queued; liaisons who could not be mailed (no valid address) but got the
     * in-app note; units not nudged because no enabled liaison account belongs to them (the office must reach them
     * otherwise — nothing is logged for them, so their level does not rise).
     */
    public record Result(int units, int mails, List<String> withoutEmail, List<String> withoutLiaison) {
    }

    /** Nudges the units about all their overdue items. */
    @Transactional
    public Result send(Collection<Long> unitIds, String template) {
        return send(unitIds, null, template);
    }

    /**
     * Nudges the units about their overdue items; with {@code onlyItems} (item keys), about those only — a unit left
     * with none of them is not nudged.
     */
    @Transactional
    public Result send(Collection<Long> unitIds, Collection<String> onlyItems, String template) {
        SignedInUser user = requireOffice("NUDGE");
        if (template == null || template.isBlank()) {
            throw new IllegalArgumentException("催办内容不能为空");
        }
        if (template.length() > 5000) {
            throw new IllegalArgumentException("催办内容过长（最多 5000 字）");
        }
        List<OverdueUnit> chosen = overdueUnits().stream().filter(u -> unitIds.contains(u.unitId()))
                .map(u -> onlyItems == null ? u : u.onlyItems(onlyItems)).filter(u -> !u.items().isEmpty()).toList();
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException(onlyItems == null ? "所选单位没有逾期事项，无需催办"
                    : "请至少勾选一项逾期事项");
        }
        int units = 0;
        int mails = 0;
        List<String> withoutEmail = new ArrayList<>();
        List<String> withoutLiaison = new ArrayList<>();
        for (OverdueUnit unit : chosen) {
            List<Contact> liaisons = accounts.liaisonsOf(unit.unitId());
            if (liaisons.isEmpty()) {
                withoutLiaison.add(unit.unitName());
                continue;
            }
            units++;
            String message = render(template, unit);
            String itemList = String.join("\n", unit.items().stream().map(OverdueUnit.OverdueItem::title).toList());
            Long nudgeId = jdbc.queryForObject("""
                    insert into nudge (unit_id, level, message, items, sent_by, sent_at) values (?, ?, ?, ?, ?, ?)
                    returning id""", Long.class, unit.unitId(), unit.nextLevel().name(), message, itemList,
                    user.username(), Timestamp.from(clock.instant()));
            OutgoingMail mail = composer.nudge(unit.nextLevel().label(), unit.unitName(), message);
            for (Contact c : liaisons) {
                if (outbox.enqueue("NUDGE", "nudge:" + nudgeId + ":" + c.username(), c.username(), c.email(), mail)
                        != null) {
                    mails++;
                } else {
                    withoutEmail.add(c.displayName() + "（" + c.username() + "）");
                }
                inbox.deliver(c.username(), "【" + unit.nextLevel().label() + "】" + unit.unitName() + "有 "
                        + unit.items().size() + " 项事项逾期", message, "my-tasks");
            }
            audit.record(user.username(), "NUDGE", "Unit", String.valueOf(unit.unitId()),
                    unit.nextLevel().label() + " " + unit.unitName() + "：" + itemList.replace("\n", "；"));
        }
        return new Result(units, mails, withoutEmail, withoutLiaison);
    }

    /** Units that owe something but have no enabled liaison account: reminders and nudges cannot reach them. */
    @Transactional(readOnly = true)
    public List<String> unitsWithoutLiaison() {
        requireOffice("VIEW_OUTBOX");
        Map<Long, String> owing = new java.util.TreeMap<>();
        items.items().stream().filter(i -> i.unitId() != null && !i.delivered())
                .forEach(i -> owing.putIfAbsent(i.unitId(), i.unitName()));
        return owing.entrySet().stream().filter(e -> accounts.liaisonsOf(e.getKey()).isEmpty())
                .map(Map.Entry::getValue).sorted().toList();
    }

    @Transactional(readOnly = true)
    public List<NudgeRecord> history(int limit) {
        requireOffice("VIEW_NUDGES");
        return jdbc.query("""
                select n.*, u.name as unit_name from nudge n join unit u on u.id = n.unit_id
                order by n.id desc limit ?""",
                (rs, i) -> new NudgeRecord(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                        NudgeLevel.valueOf(rs.getString("level")), rs.getString("message"), rs.getString("items"),
                        rs.getString("sent_by"), rs.getTimestamp("sent_at").toInstant()), limit);
    }

    /**
     * Nudges sent to the unit about any of its current overdue items (each nudge records the items it named): nudges
     * about items it has delivered since do not count, so a unit that caught up starts again at 提醒 — also when an
     * item delivered long ago is returned and falls overdue again.
     */
    private int nudgesAbout(Long unitId, List<String> overdueTitles) {
        return jdbc.query(connection -> {
            var statement = connection.prepareStatement(
                    "select count(*) from nudge where unit_id = ? and string_to_array(items, E'\\n') && ?");
            statement.setLong(1, unitId);
            statement.setArray(2, connection.createArrayOf("text", overdueTitles.toArray()));
            return statement;
        }, rs -> rs.next() ? rs.getInt(1) : 0);
    }

    private SignedInUser requireOffice(String action) {
        SignedInUser user = currentUser.require();
        if (!user.isOffice()) {
            audit.recordRefusal(user.username(), action, "Nudge", null, "仅规划办可催办");
            throw new AccessDeniedException("仅规划办可催办");
        }
        return user;
    }
}
