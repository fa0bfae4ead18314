package cn.gov.biyang.plan.workcalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import cn.gov.biyang.plan.audit.AuditService;
import cn.gov.biyang.plan.security.CurrentUser;
import cn.gov.biyang.plan.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Working days in China: Monday to Friday, except statutory holidays, plus make-up working days on weekends (调休).
 * The exceptions come from the office-maintained table; they are few, so they are cached, reloaded on change and at
 * least every minute (another instance may have changed them).
 */
@Service
public class WorkingDayCalendar {

    private final CalendarDayRepository days;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private static final long RELOAD_NANOS = 60_000_000_000L;
    private volatile Map<LocalDate, DayKind> exceptions;
    private volatile long loadedAt;

    WorkingDayCalendar(CalendarDayRepository days, AuditService audit, CurrentUser currentUser) {
        this.days = days;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind exception = exceptions().get(day);
        if (exception != null) {
            return exception == DayKind.WORKDAY;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The day itself when it is a working day, else the working day before it. */
    public LocalDate onOrBefore(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** The day itself when it is a working day, else the working day after it. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The n-th working day after the given day (n ≥ 1); the given day itself does not count. */
    public LocalDate workingDaysAfter(LocalDate day, int n) {
        LocalDate d = day;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** Working days strictly after {@code from} up to and including {@code to}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    @Transactional(readOnly = true)
    public List<SpecialDay> specialDays(int year) {
        return days.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(d -> new SpecialDay(d.getDay(), d.getKind(), d.getName(), d.getSource())).toList();
    }

    /** The office enters or corrects a day of a year's official notice. */
    @Transactional
    public void setDay(LocalDate day, DayKind kind, String name, String source) {
        SignedInUser user = requireOffice("SET_CALENDAR_DAY");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("请填写名称（如“春节”或“调休上班”）");
        }
        days.save(new CalendarDay(day, kind, name.strip(), source == null ? null : source.strip()));
        audit.record(user.username(), "SET_CALENDAR_DAY", "CalendarDay", day.toString(), kind.label() + " " + name);
        forgetCachedDaysAfterCommit();
    }

    /** Back to the ordinary weekday/weekend rule for that day. */
    @Transactional
    public void clearDay(LocalDate day) {
        SignedInUser user = requireOffice("CLEAR_CALENDAR_DAY");
        days.findById(day).ifPresent(d -> {
            days.delete(d);
            audit.record(user.username(), "CLEAR_CALENDAR_DAY", "CalendarDay", day.toString(),
                    "删除 " + d.getKind().label() + " " + d.getName());
        });
        forgetCachedDaysAfterCommit();
    }

    /**
     * Dropped now and again once the change is committed: a reader in between (the reminder job, say) would otherwise
     * reload the old rows and keep them for the cache's lifetime.
     */
    private void forgetCachedDaysAfterCommit() {
        exceptions = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    exceptions = null;
                }
            });
        }
    }

    private SignedInUser requireOffice(String action) {
        SignedInUser user = currentUser.require();
        if (!user.isOffice()) {
            audit.recordRefusal(user.username(), action, "CalendarDay", null, "仅规划办可维护节假日");
            throw new AccessDeniedException("仅规划办可维护节假日日历");
        }
        return user;
    }

    private Map<LocalDate, DayKind> exceptions() {
        Map<LocalDate, DayKind> map = exceptions;
        if (map == null || System.nanoTime() - loadedAt > RELOAD_NANOS) {
            map = new ConcurrentHashMap<>(days.findAll().stream()
                    .collect(Collectors.toMap(CalendarDay::getDay, CalendarDay::getKind)));
            exceptions = map;
            loadedAt = System.nanoTime();
        }
        return map;
    }
}
