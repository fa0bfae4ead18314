package cn.gov.biyang.plan.submission;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.biyang.plan.catalogue.WorkItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Something a topic or plan owes by a date: a 调研报告, a plan's 初稿, …. Status and current round are kept here so
 * that lists and the review queue are plain queries; the rounds themselves are {@link ReviewRound}s.
 */
@Entity
@Table(name = "deliverable")
class Deliverable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "work_item_id")
    private WorkItem workItem;

    @Column(nullable = false)
    private String name;

    private int position;

    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliverableStatus status = DeliverableStatus.NOT_SUBMITTED;

    private int currentRound;

    private boolean removed;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false)
    private String createdBy;

    protected Deliverable() {
    }

    Deliverable(WorkItem workItem, String name, int position, LocalDate dueOn, Instant createdAt, String createdBy) {
        this.workItem = workItem;
        this.name = name;
        this.position = position;
        this.dueOn = dueOn;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    Long getId() {
        return id;
    }

    WorkItem getWorkItem() {
        return workItem;
    }

    String getName() {
        return name;
    }

    int getPosition() {
        return position;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    DeliverableStatus getStatus() {
        return status;
    }

    int getCurrentRound() {
        return currentRound;
    }

    boolean isRemoved() {
        return removed;
    }

    void rename(String name) {
        this.name = name;
    }

    void changeDue(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    void remove() {
        this.removed = true;
    }

    /** A new round starts with each submission. */
    int submit() {
        currentRound++;
        status = DeliverableStatus.SUBMITTED;
        return currentRound;
    }

    void decide(boolean accepted) {
        status = accepted ? DeliverableStatus.ACCEPTED : DeliverableStatus.RETURNED;
    }
}
