package cn.gov.biyang.plan.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * What a progress bulletin (通报) states for a date: each lead unit's record of on-time delivery, ranked, and every
 * item still outstanding. "Delivered" means first submitted (review round opened); "on time" means by the end of the
 * due date in Asia/Shanghai.
 */
public record BulletinData(LocalDate asOf, long due, long delivered, long onTime, long accepted, long returned,
                           long outstanding, List<UnitRecord> ranking, List<Outstanding> outstandingItems) {

    /**
     * A unit's record: {@code due} = {@code onTime} + {@code late} + {@code notSubmitted}; {@code returned} counts
     * submitted items sent back for revision and not yet resubmitted (owed again, listed as outstanding).
     */
    public record UnitRecord(int rank, String unitName, long due, long onTime, long late, long notSubmitted,
                             long returned) {

        public int onTimePercent() {
            return due == 0 ? 100 : (int) Math.round(onTime * 100.0 / due);
        }

        /** What the unit still owes: never submitted, or returned for revision. */
        public long outstanding() {
            return notSubmitted + returned;
        }
    }

    public record Outstanding(String unitName, String itemReference, String itemTitle, String deliverableName,
                              LocalDate dueOn, long daysOverdue, String statusLabel) {
    }
}
