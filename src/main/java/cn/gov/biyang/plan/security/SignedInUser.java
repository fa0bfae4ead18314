package cn.gov.biyang.plan.security;

/** The signed-in person as features see it: who, which role, which unit (liaisons and office). */
public record SignedInUser(String username, String displayName, Role role, Long unitId) {

    public boolean isOffice() {
        return role == Role.OFFICE;
    }

    public boolean isLiaison() {
        return role == Role.LIAISON;
    }

    public boolean isLeader() {
        return role == Role.LEADER;
    }

    /** Only the office changes catalogue data; leadership is read only. */
    public boolean canChangeCatalogue() {
        return isOffice();
    }
}
