package cn.gov.biyang.plan.security;

/** The portal's three kinds of user. */
public enum Role {
    /** 规划办 (the leadership group's office at 县发改委): does everything. */
    OFFICE("规划办"),
    /** 单位联络员: acts for exactly one unit. */
    LIAISON("联络员"),
    /** 领导小组成员: sees everything, changes nothing. */
    LEADER("领导");

    /** Role names as used in {@code @RolesAllowed}. */
    public static final String OFFICE_ROLE = "OFFICE";
    public static final String LIAISON_ROLE = "LIAISON";
    public static final String LEADER_ROLE = "LEADER";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
