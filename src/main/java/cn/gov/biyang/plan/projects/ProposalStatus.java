package cn.gov.biyang.plan.projects;

/** Where a proposal to a national, provincial or municipal plan stands; no value means not proposed. */
public enum ProposalStatus implements Labelled {
    PLANNED("拟报送"),
    SUBMITTED("已报送"),
    ADOPTED("已采纳"),
    NOT_ADOPTED("未采纳");

    private final String label;

    ProposalStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
