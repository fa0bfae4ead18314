package cn.gov.biyang.plan.notification;

/** Nudges to a unit escalate: the first is a reminder, the second an urge, from the third on supervision. */
public enum NudgeLevel {
    REMIND("提醒"),
    URGE("催办"),
    SUPERVISE("督办");

    private final String label;

    NudgeLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static NudgeLevel afterPrevious(int previousNudges) {
        return previousNudges <= 0 ? REMIND : previousNudges == 1 ? URGE : SUPERVISE;
    }
}
