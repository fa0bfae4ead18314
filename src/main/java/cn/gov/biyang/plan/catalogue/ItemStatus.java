package cn.gov.biyang.plan.catalogue;

/**
 * Where an item stands. Until deliverables can be uploaded every item is 未提交; past its due date (the end of that day
 * in Asia/Shanghai) it is 逾期.
 */
public enum ItemStatus {
    NOT_SUBMITTED("未提交"),
    OVERDUE("已逾期");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
