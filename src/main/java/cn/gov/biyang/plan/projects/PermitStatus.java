package cn.gov.biyang.plan.projects;

/** Where a preliminary procedure stands (用地预审, 规划选址, 环评). */
public enum PermitStatus implements Labelled {
    NOT_STARTED("未启动"),
    IN_PROGRESS("办理中"),
    DONE("已完成"),
    NOT_NEEDED("不涉及");

    private final String label;

    PermitStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
