package cn.gov.biyang.plan.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import cn.gov.biyang.plan.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** In-app notifications: written with the change that caused them, read only by their recipient. */
@Service
public class Inbox {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CurrentUser currentUser;

    Inbox(JdbcTemplate jdbc, Clock clock, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void deliver(String recipient, String title, String body, String link) {
        jdbc.update("insert into notification (recipient, title, body, link, created_at) values (?, ?, ?, ?, ?)",
                recipient, title, body, link, Timestamp.from(clock.instant()));
    }

    @Transactional(readOnly = true)
    public int unreadCount() {
        return jdbc.queryForObject("select count(*) from notification where recipient = ? and read_at is null",
                Integer.class, currentUser.require().username());
    }

    @Transactional(readOnly = true)
    public List<InboxMessage> mine(int offset, int limit) {
        return jdbc.query("""
                select * from notification where recipient = ? order by (read_at is null) desc, id desc
                offset ? limit ?""",
                (rs, n) -> new InboxMessage(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
                        rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()),
                currentUser.require().username(), offset, limit);
    }

    @Transactional(readOnly = true)
    public int countMine() {
        return jdbc.queryForObject("select count(*) from notification where recipient = ?", Integer.class,
                currentUser.require().username());
    }

    /** Marks one of the current user's notifications read; someone else's id changes nothing. */
    @Transactional
    public void markRead(long id) {
        jdbc.update("update notification set read_at = ? where id = ? and recipient = ? and read_at is null",
                Timestamp.from(clock.instant()), id, currentUser.require().username());
    }

    @Transactional
    public void markAllRead() {
        jdbc.update("update notification set read_at = ? where recipient = ? and read_at is null",
                Timestamp.from(clock.instant()), currentUser.require().username());
    }
}
