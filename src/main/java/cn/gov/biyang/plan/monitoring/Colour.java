package cn.gov.biyang.plan.monitoring;

/**
 * The monitor's traffic light for one deliverable on a given day (docs/decisions/0050-monitor-colours.md):
 * red — overdue: the due date has passed and the unit still owes it (not submitted, or returned);
 * amber — due within 7 days and not submitted, or returned for revision;
 * green — accepted, or not due within 7 days (including submitted and waiting for review).
 * Red wins over amber, amber over green.
 */
public enum Colour {
    RED("逾期"),
    AMBER("临期或退回"),
    GREEN("正常");

    private final String label;

    Colour(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The same rule in SQL, for aggregates; parameters: today, today + 7 days. Deliverable alias {@code d}. */
    static final String SQL = """
            case
              when d.status = 'ACCEPTED' then 'GREEN'
              when d.due_on < ? and d.status in ('NOT_SUBMITTED', 'RETURNED') then 'RED'
              when d.status = 'RETURNED' then 'AMBER'
              when d.status = 'NOT_SUBMITTED' and d.due_on <= ? then 'AMBER'
              else 'GREEN'
            end""";
}
