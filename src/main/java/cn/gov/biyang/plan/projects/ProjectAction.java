package cn.gov.biyang.plan.projects;

/** What a history entry records. */
public enum ProjectAction implements Labelled {
    CREATED("新建"),
    UPDATED("修改"),
    IMPORTED("导入新建"),
    IMPORT_UPDATED("导入修改"),
    SUBMITTED("提交"),
    WITHDRAWN("撤回"),
    SCREENED("初筛通过"),
    ARGUMENT_STARTED("进入论证"),
    INCLUDED("入库"),
    RETURNED("退回"),
    REJECTED("不予入库"),
    PROPOSAL_CHANGED("上级规划报送");

    private final String label;

    ProjectAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
