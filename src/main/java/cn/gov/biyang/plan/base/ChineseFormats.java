package cn.gov.biyang.plan.base;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Dates as Chinese officials write them: 2020年1月31日. */
public final class ChineseFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private ChineseFormats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(ZonedDateTime.ofInstant(instant, ClockConfiguration.ZONE));
    }

    /** 2020年1月1日—2月29日 style period; the year is repeated only when it changes. */
    public static String period(LocalDate from, LocalDate to) {
        if (from.getYear() == to.getYear()) {
            return date(from) + "—" + to.getMonthValue() + "月" + to.getDayOfMonth() + "日";
        }
        return date(from) + "—" + date(to);
    }
}
