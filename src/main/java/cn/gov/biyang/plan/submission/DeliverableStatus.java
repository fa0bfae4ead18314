package cn.gov.biyang.plan.submission;

/** Where a deliverable stands: 未提交 → 已提交待审 → 退回修改 → (new version) 已提交待审 → 已通过. */
public enum DeliverableStatus {
    NOT_SUBMITTED("未提交"),
    SUBMITTED("已提交待审"),
    RETURNED("退回修改"),
    ACCEPTED("已通过");

    private final String label;

    DeliverableStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The unit still owes something: it can be late. Waiting for review or accepted is not late. */
    public boolean owedByUnit() {
        return this == NOT_SUBMITTED || this == RETURNED;
    }
}
