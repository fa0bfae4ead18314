package cn.gov.biyang.plan.submission;

import java.time.Instant;

/** One review round: which version was submitted by whom, and the decision with its comment once made. */
public record RoundInfo(int roundNo, Long documentId, int versionNo, String submittedByName, Instant submittedAt,
                        ReviewDecision decision, String comment, String decidedByName, Instant decidedAt) {
}
