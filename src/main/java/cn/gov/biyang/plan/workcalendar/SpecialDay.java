package cn.gov.biyang.plan.workcalendar;

import java.time.LocalDate;

/** A holiday or make-up working day as views show it. */
public record SpecialDay(LocalDate day, DayKind kind, String name, String source) {
}
