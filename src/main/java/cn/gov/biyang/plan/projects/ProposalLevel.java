package cn.gov.biyang.plan.projects;

/** The higher-level plans a county project may be proposed to. */
public enum ProposalLevel implements Labelled {
    NATIONAL("国家"),
    PROVINCIAL("省级"),
    MUNICIPAL("市级");

    private final String label;

    ProposalLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
