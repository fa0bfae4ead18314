package cn.gov.biyang.plan.catalogue;

/** Research topics and plans are both work a lead unit owes; the kind tells them apart. */
public enum WorkItemKind {
    TOPIC("研究课题"),
    MASTER_PLAN("总体规划"),
    SPECIAL_PLAN("专项规划");

    private final String label;

    WorkItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isPlan() {
        return this != TOPIC;
    }
}
