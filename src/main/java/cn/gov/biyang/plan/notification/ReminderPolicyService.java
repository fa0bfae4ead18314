package cn.gov.biyang.plan.notification;

import cn.gov.biyang.plan.audit.AuditService;
import cn.gov.biyang.plan.security.CurrentUser;
import cn.gov.biyang.plan.security.SignedInUser;
import java.time.Clock;
import java.sql.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one reminder policy, which the office edits. */
@Service
public class ReminderPolicyService {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    ReminderPolicyService(JdbcTemplate jdbc, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReminderPolicy current() {
        return jdbc.query("select * from reminder_policy where id = 1", rs -> rs.next()
                ? new ReminderPolicy(ReminderPolicy.parseDays(rs.getString("days_before")),
                rs.getInt("overdue_every_working_days"), rs.getInt("overdue_max"), rs.getInt("send_hour"),
                rs.getBoolean("copy_unit_leader"))
                : ReminderPolicy.defaults());
    }

    @Transactional
    public void update(ReminderPolicy policy) {
        SignedInUser user = currentUser.require();
        if (!user.isOffice()) {
            audit.recordRefusal(user.username(), "UPDATE_REMINDER_POLICY", "ReminderPolicy", "1", "仅规划办可修改提醒规则");
            throw new AccessDeniedException("仅规划办可修改提醒规则");
        }
        if (policy.overdueEveryWorkingDays() < 1 || policy.overdueMax() < 0 || policy.sendHour() < 0
                || policy.sendHour() > 23) {
            throw new IllegalArgumentException("逾期间隔至少 1 个工作日，次数不能为负，发送时间为 0–23 点");
        }
        jdbc.update("""
                update reminder_policy set days_before = ?, overdue_every_working_days = ?, overdue_max = ?,
                send_hour = ?, copy_unit_leader = ?, updated_by = ?, updated_at = ? where id = 1""",
                policy.daysBeforeText(), policy.overdueEveryWorkingDays(), policy.overdueMax(), policy.sendHour(),
                policy.copyUnitLeader(), user.username(), Timestamp.from(clock.instant()));
        audit.record(user.username(), "UPDATE_REMINDER_POLICY", "ReminderPolicy", "1",
                "提前 " + policy.daysBeforeText() + " 天；逾期每 " + policy.overdueEveryWorkingDays() + " 个工作日，最多 "
                        + policy.overdueMax() + " 次；" + policy.sendHour() + " 点发送"
                        + (policy.copyUnitLeader() ? "；抄送单位分管领导" : "；不抄送分管领导"));
    }
}
