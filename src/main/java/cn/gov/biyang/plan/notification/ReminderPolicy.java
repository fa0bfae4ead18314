package cn.gov.biyang.plan.notification;

import java.util.Arrays;
import java.util.List;

/**
 * When reminders go out: {@code daysBefore} calendar days before the due date (0 = on the day), then after the due
 * date every {@code overdueEveryWorkingDays} working days, at most {@code overdueMax} times, at {@code sendHour}
 * o'clock Asia/Shanghai on working days.
 */
public record ReminderPolicy(List<Integer> daysBefore, int overdueEveryWorkingDays, int overdueMax, int sendHour,
                             boolean copyUnitLeader) {

    public static ReminderPolicy defaults() {
        return new ReminderPolicy(List.of(7, 3, 1, 0), 3, 5, 9, false);
    }

    /** Parses "7,3,1,0"; rejects anything that is not a list of whole days from 0 to 60. */
    public static List<Integer> parseDays(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            List<Integer> days = Arrays.stream(text.split("[,，、\\s]+")).filter(s -> !s.isBlank())
                    .map(Integer::parseInt).distinct().sorted((a, b) -> b - a).toList();
            if (days.stream().anyMatch(d -> d < 0 || d > 60)) {
                throw new IllegalArgumentException("提前天数须在 0 到 60 之间");
            }
            return days;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("提前天数请用逗号分隔的整数，如 7,3,1,0");
        }
    }

    public String daysBeforeText() {
        return String.join(",", daysBefore.stream().map(String::valueOf).toList());
    }
}
