package cn.gov.biyang.plan.notification;

/** Why a reminder goes out: so many days before the due date, on the day, or the n-th overdue reminder. */
public record ReminderKind(String code, String label, boolean overdue) {

    static ReminderKind before(int days) {
        return days == 0 ? new ReminderKind("DUE_TODAY", "今日截止", false)
                : new ReminderKind("BEFORE_" + days, "距截止还有" + days + "天", false);
    }

    static ReminderKind overdue(int n) {
        return new ReminderKind("OVERDUE_" + n, "逾期第" + n + "次提醒", true);
    }
}
