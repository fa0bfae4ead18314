package cn.gov.biyang.plan.projects;

/** What the signed-in user may do with a project now; the detail page offers exactly these. */
public enum ProjectCommand {
    EDIT, SUBMIT, WITHDRAW, SCREEN, START_ARGUMENT, INCLUDE, RETURN, REJECT, SET_PROPOSAL
}
