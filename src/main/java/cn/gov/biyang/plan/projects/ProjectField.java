package cn.gov.biyang.plan.projects;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a project record as officials name them, in the order of the Excel template's columns. Field errors
 * (from the form or from an imported row) name one of these, so the form marks the field and the import report
 * names the column.
 */
public enum ProjectField {
    CODE("项目代码", false),
    NAME("项目名称", true),
    APPLICANT("申报单位", true),
    LEGAL_ENTITY("项目（法人）单位", false),
    CONTACT_PERSON("联系人", false),
    CONTACT_PHONE("联系电话", false),
    DOMAIN("所属领域", true),
    NATURE("建设性质", true),
    LOCATION("建设地点", false),
    SCALE_CONTENT("建设规模及主要内容", false),
    TOTAL_INVESTMENT("总投资（万元）", true),
    FUND_CENTRAL("中央资金（万元）", false),
    FUND_PROVINCE("省级资金（万元）", false),
    FUND_CITY("市级资金（万元）", false),
    FUND_COUNTY("县级资金（万元）", false),
    FUND_SELF("自筹/社会资本（万元）", false),
    FUND_OTHER("其他资金（万元）", false),
    PERIOD_INVESTMENT("“十四五”期间计划投资（万元）", true),
    START_YEAR("开工年份", true),
    END_YEAR("完工年份", true),
    PROGRESS("前期工作进展", false),
    LAND_STATUS("用地预审", false),
    PLANNING_STATUS("规划选址", false),
    EIA_STATUS("环评", false),
    PLANS("所属规划", false),
    NATIONAL_PROPOSAL("拟报国家规划", false),
    PROVINCIAL_PROPOSAL("拟报省级规划", false),
    MUNICIPAL_PROPOSAL("拟报市级规划", false),
    REMARKS("备注", false),
    /** Shown in exports for reading; the workflow, not a spreadsheet, changes it, so imports ignore it. */
    STATUS("入库状态", false);

    /** The columns an import reads (all but the status). */
    public static final List<ProjectField> IMPORTED = Arrays.stream(values()).filter(f -> f != STATUS).toList();

    private final String header;
    private final boolean required;

    ProjectField(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    /** The Chinese column header of the Excel template. */
    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    public boolean isMoney() {
        return this == TOTAL_INVESTMENT || this == PERIOD_INVESTMENT || isFund();
    }

    public boolean isFund() {
        return this.ordinal() >= FUND_CENTRAL.ordinal() && this.ordinal() <= FUND_OTHER.ordinal();
    }

    public boolean isYear() {
        return this == START_YEAR || this == END_YEAR;
    }

    /** Excel's column letters of this field in the template: A, B, … */
    public String columnLetter() {
        return ProjectRowReader.columnLetter(ordinal());
    }

    /** Finds a field by a header as written in a sheet, tolerating blanks, asterisks and half-width brackets. */
    public static Optional<ProjectField> byHeader(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = normalizeHeader(text);
        return Arrays.stream(values()).filter(f -> normalizeHeader(f.header).equals(wanted)).findFirst();
    }

    private static String normalizeHeader(String text) {
        return text.replaceAll("[\\s*＊\"“”'‘’]", "").replace('(', '（').replace(')', '）');
    }
}
