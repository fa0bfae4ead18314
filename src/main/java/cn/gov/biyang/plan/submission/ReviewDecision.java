package cn.gov.biyang.plan.submission;

/** The office's decision on a review round. */
public enum ReviewDecision {
    RETURNED("退回修改"),
    ACCEPTED("通过");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
