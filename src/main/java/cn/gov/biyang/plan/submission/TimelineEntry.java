package cn.gov.biyang.plan.submission;

import java.time.Instant;

/** One event in a deliverable's history: an upload, a submission, a decision or a change by the office. */
public record TimelineEntry(Instant at, String who, String what, String detail, Kind kind) {

    public enum Kind { UPLOAD, SUBMISSION, RETURNED, ACCEPTED, CHANGE }
}
