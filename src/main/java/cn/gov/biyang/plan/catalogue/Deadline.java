package cn.gov.biyang.plan.catalogue;

import java.time.LocalDate;

/** The next date something is due, what is due then, and how many days remain. */
public record Deadline(LocalDate date, String what, long daysLeft) {
}
