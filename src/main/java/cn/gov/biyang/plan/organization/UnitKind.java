package cn.gov.biyang.plan.organization;

/** What kind of body a unit is; the label is the Chinese term officials use. */
public enum UnitKind {
    COUNTY_UNIT("县直单位"),
    TOWNSHIP("乡镇"),
    SUB_DISTRICT("街道"),
    HIGHER_LEVEL("上级驻县单位");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isTownshipLevel() {
        return this == TOWNSHIP || this == SUB_DISTRICT;
    }
}
