package cn.gov.biyang.plan.projects;

/**
 * Where a project stands in screening: a liaison drafts and submits, the office screens (初筛), argues (论证) and
 * includes it in the library (入库), or returns it for changes (退回) or declines it (不予入库).
 */
public enum ProjectStatus implements Labelled {
    DRAFT("草稿"),
    SUBMITTED("待初筛"),
    SCREENED("初筛通过"),
    ARGUING("论证中"),
    INCLUDED("已入库"),
    RETURNED("已退回"),
    REJECTED("不予入库");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The unit's own states: the office has not screened the project yet, or sent it back. */
    public boolean editableByLiaison() {
        return this == DRAFT || this == RETURNED;
    }
}
