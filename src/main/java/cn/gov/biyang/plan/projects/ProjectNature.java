package cn.gov.biyang.plan.projects;

/** 建设性质. */
public enum ProjectNature implements Labelled {
    NEW("新建"),
    EXPANSION("扩建"),
    RECONSTRUCTION("改建"),
    RELOCATION("迁建"),
    CONTINUATION("续建");

    private final String label;

    ProjectNature(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
