package cn.gov.biyang.plan.catalogue;

import java.time.LocalDate;

/** A phase for views, with whether it is the current one, already over, or still ahead. */
public record PhaseView(int number, String name, LocalDate startsOn, LocalDate endsOn, String dateText, String work,
                        boolean current, boolean past) {
}
