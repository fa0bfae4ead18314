package cn.gov.biyang.plan.monitoring;

import java.time.LocalDate;
import java.util.List;

/** Everything the leadership dashboard shows, each chart's figures as plain rows (also shown as tables). */
public record DashboardFigures(LocalDate today, List<PhaseCompletion> phases, List<Count> topics, List<Count> plans,
                               List<StageCount> planStages, List<Count> overdueByUnit, List<WeekProgress> progress, List<Money> projectsByDomain,
                               List<Money> projectsByStatus) {

    /**
     * Deliverables due in a phase by where they stand. {@code overdue} counts those past due and still owed (not
     * submitted, or returned); {@code overdueReturned} is the part of them that was returned, so a chart can show
     * each deliverable once: overdue, or else by its status.
     */
    public record PhaseCompletion(int number, String name, long total, long accepted, long submitted, long returned,
                                  long notSubmitted, long overdue, long overdueReturned) {

        /** Not submitted and not yet due. */
        public long notSubmittedInTime() {
            return notSubmitted - (overdue - overdueReturned);
        }

        /** Returned and not yet due. */
        public long returnedInTime() {
            return returned - overdueReturned;
        }

        public int percentAccepted() {
            return total == 0 ? 0 : (int) Math.round(accepted * 100.0 / total);
        }
    }

    public record Count(String label, long count) {
    }

    /**
     * Plans whose current stage (the first stage document not yet accepted, or the last one when all are) is
     * {@code stage}, by where that document stands; each plan is counted once.
     */
    public record StageCount(String stage, long accepted, long submitted, long returned, long notSubmitted,
                             long overdue) {

        public long plans() {
            return accepted + submitted + returned + notSubmitted + overdue;
        }
    }

    /** Cumulative first submissions and acceptances up to the end of a week. */
    public record WeekProgress(LocalDate weekStart, long submitted, long accepted) {
    }

    /** A group of projects: how many and how much (万元). */
    public record Money(String label, long count, java.math.BigDecimal totalInvestment,
                        java.math.BigDecimal periodInvestment) {
    }
}
