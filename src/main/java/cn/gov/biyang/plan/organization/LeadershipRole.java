package cn.gov.biyang.plan.organization;

/** A member's role in the leadership group (附件1). */
public enum LeadershipRole {
    LEADER("组长"),
    DEPUTY("副组长"),
    MEMBER("成员");

    private final String label;

    LeadershipRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
