package cn.gov.biyang.plan.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import cn.gov.biyang.plan.audit.AuditService;
import cn.gov.biyang.plan.security.CurrentUser;
import cn.gov.biyang.plan.security.MailAddresses;
import cn.gov.biyang.plan.security.SignedInUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox: mails are inserted in the caller's transaction (so a mail exists exactly when the change
 * that caused it was committed) and sent later by {@link MailDispatcher}. The unique dedup key makes a second copy of
 * the same mail impossible at the database level.
 */
@Service
public class MailOutbox {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final AuditService audit;

    MailOutbox(JdbcTemplate jdbc, Clock clock, CurrentUser currentUser, AuditService audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** @return the new row's id, or null when a mail with this dedup key exists already or the address is unusable */
    @Transactional(propagation = Propagation.MANDATORY)
    Long enqueue(String kind, String dedupKey, String recipientUser, String recipientEmail, OutgoingMail mail) {
        if (!MailAddresses.isValid(recipientEmail)) {
            return null;
        }
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.query("""
                insert into mail_outbox (dedup_key, kind, recipient_user, recipient_email, subject, body_text, body_html,
                                         status, attempts, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)
                on conflict (dedup_key) do nothing returning id""",
                rs -> rs.next() ? rs.getLong(1) : null,
                dedupKey, kind, recipientUser, recipientEmail, singleLine(mail.subject()), mail.text(), mail.html(),
                now, now);
    }

    @Transactional(readOnly = true)
    public List<OutboxEntry> page(String status, int offset, int limit) {
        requireOffice("VIEW_OUTBOX");
        return jdbc.query("select * from mail_outbox where (cast(? as varchar) is null or status = ?) order by id desc offset ? limit ?",
                ROW, status, status, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(String status) {
        requireOffice("VIEW_OUTBOX");
        return jdbc.queryForObject("select count(*) from mail_outbox where (cast(? as varchar) is null or status = ?)", Integer.class,
                status, status);
    }

    /** Puts a failed or waiting mail back in line for an immediate attempt. */
    @Transactional
    public void resend(long id) {
        SignedInUser user = requireOffice("RESEND_MAIL");
        int updated = jdbc.update("""
                update mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = ?, last_error = null
                where id = ? and status <> 'SENT'""", Timestamp.from(clock.instant()), id);
        if (updated == 0) {
            throw new IllegalArgumentException("该邮件已发送或不存在");
        }
        audit.record(user.username(), "RESEND_MAIL", "MailOutbox", String.valueOf(id), "重新发送");
    }

    private SignedInUser requireOffice(String action) {
        SignedInUser user = currentUser.require();
        if (!user.isOffice()) {
            audit.recordRefusal(user.username(), action, "MailOutbox", null, "仅规划办可查看发件箱");
            throw new AccessDeniedException("仅规划办可查看发件箱");
        }
        return user;
    }

    static String singleLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n]+", " ");
    }

    static final RowMapper<OutboxEntry> ROW = (rs, n) -> new OutboxEntry(rs.getLong("id"), rs.getString("kind"),
            rs.getString("recipient_user"), rs.getString("recipient_email"), rs.getString("subject"),
            rs.getString("status"), rs.getInt("attempts"), instant(rs.getTimestamp("next_attempt_at")),
            rs.getString("last_error"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")));

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
