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

    /** Short reference as officials say it: 课题8, 专项规划6, 总体规划. */
    public String reference(int number) {
        return switch (this) {
            case TOPIC -> "课题" + number;
            case MASTER_PLAN -> "总体规划";
            case SPECIAL_PLAN -> "专项规划" + number;
        };
    }

    /** The URL path of the item's detail page. */
    public String route(int number) {
        return (this == TOPIC ? "topics/" : "plans/") + number;
    }

    public boolean isPlan() {
        return this != TOPIC;
    }
}
