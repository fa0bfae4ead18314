package cn.gov.biyang.plan.catalogue;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One of the cycle's work phases, with the notice's own wording of its period and its work. */
@Entity
@Table(name = "phase")
public class Phase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    private PlanningCycle cycle;

    private int number;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private LocalDate startsOn;

    @Column(nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private String dateText;

    @Column(nullable = false)
    private String work;

    protected Phase() {
    }

    Phase(PlanningCycle cycle, int number, String name, LocalDate startsOn, LocalDate endsOn, String dateText,
          String work) {
        this.cycle = cycle;
        this.number = number;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.dateText = dateText;
        this.work = work;
    }

    /** The office's correction of the phase (catalogue upkeep); the number never changes. */
    void update(String name, LocalDate startsOn, LocalDate endsOn, String dateText, String work) {
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.dateText = dateText;
        this.work = work;
    }

    public PlanningCycle getCycle() {
        return cycle;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getDateText() {
        return dateText;
    }

    public String getWork() {
        return work;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
