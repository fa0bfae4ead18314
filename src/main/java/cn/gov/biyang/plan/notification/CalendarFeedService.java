package cn.gov.biyang.plan.notification;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import cn.gov.biyang.plan.audit.AuditService;
import cn.gov.biyang.plan.security.CurrentUser;
import cn.gov.biyang.plan.security.SignedInUser;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A secret iCal URL per unit with all its deadlines, for phone and Outlook calendars. The token is the only
 * credential (calendar apps cannot log in), so it is long and random, and the unit's liaison or the office can
 * replace or revoke it at any time.
 */
@Service
public class CalendarFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final DueItemSource items;
    private final MailComposer composer;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    CalendarFeedService(JdbcTemplate jdbc, DueItemSource items, MailComposer composer, CurrentUser currentUser,
                        AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.composer = composer;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The feed URL path of the unit, if it has an active one. */
    @Transactional(readOnly = true)
    public Optional<String> activePath(Long unitId) {
        requireManager(unitId, "VIEW_CALENDAR_FEED");
        return jdbc.queryForList("select token from calendar_feed where unit_id = ? and revoked_at is null",
                String.class, unitId).stream().findFirst().map(CalendarFeedService::path);
    }

    /** Revokes the unit's current URL (if any) and issues a new one. */
    @Transactional
    public String renew(Long unitId) {
        SignedInUser user = requireManager(unitId, "RENEW_CALENDAR_FEED");
        revokeActive(unitId);
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("insert into calendar_feed (unit_id, token, created_by, created_at) values (?, ?, ?, ?)", unitId,
                token, user.username(), Timestamp.from(clock.instant()));
        audit.record(user.username(), "RENEW_CALENDAR_FEED", "Unit", String.valueOf(unitId), "生成新的日历订阅地址");
        return path(token);
    }

    @Transactional
    public void revoke(Long unitId) {
        SignedInUser user = requireManager(unitId, "REVOKE_CALENDAR_FEED");
        if (revokeActive(unitId) > 0) {
            audit.record(user.username(), "REVOKE_CALENDAR_FEED", "Unit", String.valueOf(unitId), "停用日历订阅地址");
        }
    }

    /** The iCalendar text for a token; empty for an unknown or revoked token. Needs no login. */
    @Transactional(readOnly = true)
    public Optional<String> ics(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        List<Long> units = jdbc.queryForList(
                "select unit_id from calendar_feed where token = ? and revoked_at is null", Long.class, token);
        if (units.isEmpty()) {
            return Optional.empty();
        }
        Long unitId = units.getFirst();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Planning Portal//规划编制协同平台//ZH"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (DueItem item : items.items()) {
            if (!unitId.equals(item.unitId()) || item.dueOn() == null) {
                continue;
            }
            VEvent event = new VEvent(item.dueOn(), (item.delivered() ? "【已报送】" : "【截止】") + item.title());
            event.add(new Uid(item.key().replace(':', '-') + "@planning-portal"));
            // the constructor stamps the event with the system clock; an event has exactly one DTSTAMP (RFC 5545), the
            // portal's clock's
            event.replace(new DtStamp(clock.instant().atOffset(ZoneOffset.UTC).toInstant()));
            event.add(new Description("截止日期，请通过规划编制协同平台报送：" + composer.url(item.link())));
            try {
                event.add(new Url(java.net.URI.create(composer.url(item.link()))));
            } catch (IllegalArgumentException ignored) {
                // a link that is no URI is left out; the description still carries it
            }
            calendar.add(event);
        }
        return Optional.of(calendar.toString());
    }

    static String path(String token) {
        return "calendar/" + token + ".ics";
    }

    private int revokeActive(Long unitId) {
        return jdbc.update("update calendar_feed set revoked_at = ? where unit_id = ? and revoked_at is null",
                Timestamp.from(clock.instant()), unitId);
    }

    /** The office, or a liaison of that very unit. */
    private SignedInUser requireManager(Long unitId, String action) {
        SignedInUser user = currentUser.require();
        boolean allowed = user.isOffice() || (user.isLiaison() && unitId != null && unitId.equals(user.unitId()));
        if (!allowed) {
            audit.recordRefusal(user.username(), action, "Unit", String.valueOf(unitId), "无权管理该单位的日历订阅");
            throw new AccessDeniedException("只能管理本单位的日历订阅");
        }
        return user;
    }
}
