package cn.gov.biyang.plan.workcalendar;

/** An exception to the Monday–Friday rule: a statutory day off, or a make-up working day (调休上班) on a weekend. */
public enum DayKind {
    HOLIDAY("放假"),
    WORKDAY("调休上班");

    private final String label;

    DayKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
