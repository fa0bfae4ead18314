package cn.gov.biyang.plan.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.biyang.plan.workcalendar.WorkingDayCalendar;

/**
 * Which reminders an item gets on a given day. Reminders go out on working days only: a before-deadline reminder whose
 * day is a holiday or weekend moves to the working day before it; overdue reminders count working days after the due
 * date (the first on the next working day, then every n working days).
 */
final class ReminderPlanner {

    private ReminderPlanner() {
    }

    static List<ReminderKind> remindersOn(LocalDate today, DueItem item, ReminderPolicy policy,
                                          WorkingDayCalendar calendar) {
        List<ReminderKind> kinds = new ArrayList<>();
        if (item.delivered() || item.dueOn() == null || !calendar.isWorkingDay(today)) {
            return kinds;
        }
        LocalDate due = item.dueOn();
        if (!today.isAfter(due)) {
            for (int days : policy.daysBefore()) {
                if (calendar.onOrBefore(due.minusDays(days)).equals(today)) {
                    kinds.add(ReminderKind.before(days));
                }
            }
        } else {
            for (int n = 1; n <= policy.overdueMax(); n++) {
                LocalDate sendOn = calendar.workingDaysAfter(due, 1 + (n - 1) * policy.overdueEveryWorkingDays());
                if (sendOn.equals(today)) {
                    kinds.add(ReminderKind.overdue(n));
                }
                if (sendOn.isAfter(today)) {
                    break;
                }
            }
        }
        return kinds;
    }
}
