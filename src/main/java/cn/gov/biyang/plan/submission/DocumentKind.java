package cn.gov.biyang.plan.submission;

/** The lead unit's document under review, or a supporting unit's contribution (配合材料) to it. */
public enum DocumentKind {
    MAIN("正式稿"),
    CONTRIBUTION("配合材料");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
