package cn.gov.biyang.plan.workcalendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "calendar_day")
class CalendarDay {

    @Id
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DayKind kind;

    @Column(nullable = false)
    private String name;

    private String source;

    protected CalendarDay() {
    }

    CalendarDay(LocalDate day, DayKind kind, String name, String source) {
        this.day = day;
        this.kind = kind;
        this.name = name;
        this.source = source;
    }

    LocalDate getDay() {
        return day;
    }

    DayKind getKind() {
        return kind;
    }

    String getName() {
        return name;
    }

    String getSource() {
        return source;
    }
}
