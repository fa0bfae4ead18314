package cn.gov.biyang.plan.submission;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One submission of a main version and the office's decision on it (set once). */
@Entity
@Table(name = "review_round")
class ReviewRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long deliverableId;

    @Column(updatable = false)
    private int roundNo;

    @Column(nullable = false, updatable = false)
    private Long documentId;

    @Column(nullable = false, updatable = false)
    private String submittedBy;

    @Column(nullable = false, updatable = false)
    private String submittedByName;

    @Column(nullable = false, updatable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    private ReviewDecision decision;

    private String comment;

    private String decidedBy;

    private String decidedByName;

    private Instant decidedAt;

    protected ReviewRound() {
    }

    ReviewRound(Long deliverableId, int roundNo, Long documentId, String submittedBy, String submittedByName,
                Instant submittedAt) {
        this.deliverableId = deliverableId;
        this.roundNo = roundNo;
        this.documentId = documentId;
        this.submittedBy = submittedBy;
        this.submittedByName = submittedByName;
        this.submittedAt = submittedAt;
    }

    void decide(ReviewDecision decision, String comment, String decidedBy, String decidedByName, Instant decidedAt) {
        if (this.decision != null) {
            throw new IllegalStateException("round " + id + " already decided");
        }
        this.decision = decision;
        this.comment = comment;
        this.decidedBy = decidedBy;
        this.decidedByName = decidedByName;
        this.decidedAt = decidedAt;
    }

    int getRoundNo() {
        return roundNo;
    }

    Long getDocumentId() {
        return documentId;
    }

    String getSubmittedByName() {
        return submittedByName;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    ReviewDecision getDecision() {
        return decision;
    }

    String getComment() {
        return comment;
    }

    String getDecidedByName() {
        return decidedByName;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }
}
