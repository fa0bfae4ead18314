package cn.gov.biyang.plan.notification;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. Rows are claimed with {@code FOR UPDATE SKIP LOCKED} inside the transaction that marks them
 * sent, so two instances (or two runs) never take the same mail; ShedLock additionally keeps one run at a time.
 * A failed attempt is retried with exponential backoff (1, 2, 4 … minutes, at most an hour); after
 * {@code portal.mail.max-attempts} the mail is marked failed and waits for the office to resend it. Without SMTP
 * settings mails stay waiting, with the reason shown in the outbox, and go out once SMTP is configured.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    static final String NO_SMTP = "未配置邮件服务器（SMTP），邮件保留在发件箱中，配置后自动发送";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final String from;
    private final int maxAttempts;

    MailDispatcher(JdbcTemplate jdbc, TransactionTemplate tx, ObjectProvider<JavaMailSender> mailSender, Clock clock,
                   @Value("${portal.mail.from:planning-office@biyang.example}") String from,
                   @Value("${portal.mail.max-attempts:12}") int maxAttempts) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.mailSender = mailSender;
        this.clock = clock;
        this.from = from;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(fixedDelayString = "${portal.mail.dispatch-interval:PT20S}", initialDelayString = "PT20S")
    @SchedulerLock(name = "mail-dispatch", lockAtMostFor = "PT10M")
    public void scheduledRun() {
        dispatchDue();
    }

    /** Sends what is due now, in batches; returns how many mails went out. */
    public int dispatchDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            jdbc.update("update mail_outbox set last_error = ? where status = 'PENDING' and last_error is null", NO_SMTP);
            return 0;
        }
        int sent = 0;
        while (true) {
            Integer batch = tx.execute(status -> sendBatch(sender));
            if (batch == null || batch < 0) {
                break;
            }
            sent += batch;
        }
        return sent;
    }

    /** @return mails sent in this batch, or -1 when nothing was due */
    private int sendBatch(JavaMailSender sender) {
        Instant now = clock.instant();
        List<Long> ids = jdbc.queryForList("""
                select id from mail_outbox where status = 'PENDING' and next_attempt_at <= ?
                order by id limit 20 for update skip locked""", Long.class, Timestamp.from(now));
        if (ids.isEmpty()) {
            return -1;
        }
        int sent = 0;
        for (Long id : ids) {
            var row = jdbc.queryForMap("select * from mail_outbox where id = ?", id);
            try {
                sender.send(message(sender, row));
                jdbc.update("update mail_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, "
                        + "last_error = null where id = ?", Timestamp.from(now), id);
                sent++;
            } catch (Exception e) {
                int attempts = ((Number) row.get("attempts")).intValue() + 1;
                String error = String.valueOf(e.getMessage());
                log.warn("Mail {} to {} failed (attempt {}): {}", id, row.get("recipient_email"), attempts, error);
                jdbc.update("update mail_outbox set attempts = ?, next_attempt_at = ?, last_error = ?, status = ? "
                                + "where id = ?", attempts, Timestamp.from(now.plus(backoff(attempts))),
                        error.length() > 1000 ? error.substring(0, 1000) : error,
                        attempts >= maxAttempts ? "FAILED" : "PENDING", id);
            }
        }
        return sent;
    }

    static Duration backoff(int attempts) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(attempts - 1, 6)));
    }

    private MimeMessage message(JavaMailSender sender, java.util.Map<String, Object> row) throws Exception {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(new InternetAddress(from, "规划编制协同平台", StandardCharsets.UTF_8.name()));
        helper.setTo(new InternetAddress((String) row.get("recipient_email"), true));
        helper.setSubject(MailOutbox.singleLine((String) row.get("subject")));
        helper.setText((String) row.get("body_text"), (String) row.get("body_html"));
        return message;
    }
}
