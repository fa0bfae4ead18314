package cn.gov.biyang.plan.submission;

import java.util.List;

import cn.gov.biyang.plan.audit.AuditEntry;

/** Everything a deliverable's page shows: the item, status, versions, rounds, history and the audit trail. */
public record DeliverableDetail(DeliverableSummary deliverable, ItemRef item, List<DocumentInfo> documents,
                                List<RoundInfo> rounds, List<TimelineEntry> timeline, List<AuditEntry> activity,
                                Permissions can, List<UnitChoice> contributorUnits, boolean canSubmitNow) {

    /** The round under review or last decided, if any. */
    public RoundInfo currentRound() {
        return rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
    }
}
