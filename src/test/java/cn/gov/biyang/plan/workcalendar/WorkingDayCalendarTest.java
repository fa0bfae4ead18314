package cn.gov.biyang.plan.workcalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import cn.gov.biyang.plan.support.TestUsers;
import cn.gov.biyang.plan.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The shipped official calendars of 2019–2021 and 2026, and the office's upkeep of them. */
@PortalTest
class WorkingDayCalendarTest {

    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        TestUsers.signOut();
    }

    @Test
    void spring2020WithItsExtensionAndMakeUpDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 1, 19))).as("Sunday make-up day").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 1, 23))).isTrue();
        for (LocalDate d = LocalDate.of(2020, 1, 24); !d.isAfter(LocalDate.of(2020, 2, 2)); d = d.plusDays(1)) {
            assertThat(calendar.isWorkingDay(d)).as("%s in the extended Spring Festival", d).isFalse();
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 2, 1))).as("cancelled make-up day").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 2, 3))).isTrue();
        assertThat(calendar.onOrBefore(LocalDate.of(2020, 1, 31))).isEqualTo(LocalDate.of(2020, 1, 23));
        assertThat(calendar.onOrAfter(LocalDate.of(2020, 1, 31))).isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(calendar.workingDaysAfter(LocalDate.of(2020, 1, 31), 1)).isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(calendar.workingDaysAfter(LocalDate.of(2020, 1, 31), 4)).isEqualTo(LocalDate.of(2020, 2, 6));
    }

    @Test
    void otherShippedYears() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2019, 10, 7))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2019, 10, 12))).as("Saturday make-up day").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 10, 8))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2021, 2, 7))).as("Sunday make-up day").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2021, 2, 17))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Saturday make-up day 2026").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 3))).isTrue();
        assertThat(calendar.specialDays(2026)).extracting(SpecialDay::name).contains("春节", "国庆节", "调休上班");
    }

    @Test
    void officeMaintainsDaysOthersCannot() {
        LocalDate extra = LocalDate.of(2027, 1, 1);
        TestUsers.actAs(users, "shuili");
        assertThatThrownBy(() -> calendar.setDay(extra, DayKind.HOLIDAY, "元旦", null))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.actAs(users, "office");
        calendar.setDay(extra, DayKind.HOLIDAY, "元旦", "2027年通知");
        assertThat(calendar.isWorkingDay(extra)).isFalse();
        calendar.clearDay(extra);
        assertThat(calendar.isWorkingDay(extra)).as("a Friday again").isTrue();
    }
}
