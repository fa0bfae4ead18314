package cn.gov.biyang.plan.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.biyang.plan.organization.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** A research topic or a plan: a lead unit owes it, supporting units contribute. */
@Entity
@Table(name = "work_item")
public class WorkItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    private PlanningCycle cycle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkItemKind kind;

    private int number;

    @Column(nullable = false)
    private String title;

    private String scope;

    @ManyToOne(optional = false)
    @JoinColumn(name = "lead_unit_id")
    private Unit leadUnit;

    @ManyToMany
    @JoinTable(name = "work_item_supporting_unit",
            joinColumns = @JoinColumn(name = "work_item_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    @OrderColumn(name = "position")
    private List<Unit> supportingUnits = new ArrayList<>();

    /** Free text where the notice names no single unit, e.g. 各单位配合 for the master outline. */
    private String supportingNote;

    private LocalDate dueOn;

    private boolean retired;

    protected WorkItem() {
    }

    WorkItem(PlanningCycle cycle, WorkItemKind kind, int number, String title, String scope, Unit leadUnit,
             List<Unit> supportingUnits, String supportingNote, LocalDate dueOn) {
        this.cycle = cycle;
        this.kind = kind;
        this.number = number;
        this.title = title;
        this.scope = scope;
        this.leadUnit = leadUnit;
        this.supportingUnits.addAll(supportingUnits);
        this.supportingNote = supportingNote;
        this.dueOn = dueOn;
    }

    /** The office's correction of the item (catalogue upkeep); the number and kind never change. */
    void update(String title, String scope, Unit leadUnit, List<Unit> supportingUnits, String supportingNote,
                LocalDate dueOn) {
        this.title = title;
        this.scope = scope;
        this.leadUnit = leadUnit;
        this.supportingUnits.clear();
        this.supportingUnits.addAll(supportingUnits);
        this.supportingNote = supportingNote;
        this.dueOn = dueOn;
    }

    /** Retired items leave every list but stay in the database: deliverables and the audit log refer to them. */
    void setRetired(boolean retired) {
        this.retired = retired;
    }

    public Long getId() {
        return id;
    }

    public PlanningCycle getCycle() {
        return cycle;
    }

    public WorkItemKind getKind() {
        return kind;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getScope() {
        return scope;
    }

    public Unit getLeadUnit() {
        return leadUnit;
    }

    public List<Unit> getSupportingUnits() {
        return List.copyOf(supportingUnits);
    }

    public String getSupportingNote() {
        return supportingNote;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isRetired() {
        return retired;
    }
}
