package cn.gov.biyang.plan.submission;

/** What the signed-in user may do on one deliverable (the service checks again on every action). */
public record Permissions(boolean uploadMain, boolean contribute, boolean submit, boolean review, boolean manage) {
}
