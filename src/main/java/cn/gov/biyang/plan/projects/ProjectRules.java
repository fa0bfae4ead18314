package cn.gov.biyang.plan.projects;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules a project record obeys whoever enters it and however (form or Excel): required fields, the funding split
 * adding up to the total, the years in order, a well-formed project code. References (units, domain, plans) are
 * checked against the reference data.
 */
final class ProjectRules {

    /** 十四五: the plan period. */
    static final int PERIOD_START = 2021;
    static final int PERIOD_END = 2025;
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2050;
    /** 1 万亿元 in 万元: anything larger is almost surely entered in 元 instead of 万元. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

    private static final Pattern PHONE = Pattern.compile("[0-9０-９+\\-－()（）\\s、,，/]{7,40}");

    private ProjectRules() {
    }

    /** Every problem of the (normalized) input, in field order. */
    static List<FieldError> check(ProjectInput in, ReferenceData ref) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, ProjectField.NAME, in.name());
        maxLength(errors, ProjectField.NAME, in.name(), 200);
        ProjectCode.problem(in.code()).ifPresent(p -> errors.add(new FieldError(ProjectField.CODE, p)));
        required(errors, ProjectField.APPLICANT, in.applicantUnitId());
        if (in.applicantUnitId() != null && ref.unit(in.applicantUnitId()).isEmpty()) {
            errors.add(new FieldError(ProjectField.APPLICANT, "未知单位"));
        }
        maxLength(errors, ProjectField.LEGAL_ENTITY, in.legalEntity(), 200);
        maxLength(errors, ProjectField.CONTACT_PERSON, in.contactPerson(), 50);
        if (in.contactPhone() != null && !PHONE.matcher(in.contactPhone()).matches()) {
            errors.add(new FieldError(ProjectField.CONTACT_PHONE, "电话“" + in.contactPhone() + "”格式不正确，应为 7 位以上的号码"));
        }
        required(errors, ProjectField.DOMAIN, in.domainId());
        if (in.domainId() != null && ref.domain(in.domainId()).isEmpty()) {
            errors.add(new FieldError(ProjectField.DOMAIN, "未知领域"));
        }
        required(errors, ProjectField.NATURE, in.nature());
        if (in.locationUnitId() != null && ref.unit(in.locationUnitId()).filter(UnitOption::township).isEmpty()) {
            errors.add(new FieldError(ProjectField.LOCATION, "建设地点应为乡镇或街道，全县性项目请留空或填“全县”"));
        }
        maxLength(errors, ProjectField.SCALE_CONTENT, in.scaleContent(), 4000);
        checkMoney(errors, in);
        checkYears(errors, in);
        maxLength(errors, ProjectField.PROGRESS, in.progress(), 4000);
        for (Long planId : in.planIds()) {
            if (ref.plan(planId).isEmpty()) {
                errors.add(new FieldError(ProjectField.PLANS, "未知规划"));
            }
        }
        maxLength(errors, ProjectField.REMARKS, in.remarks(), 4000);
        return errors;
    }

    private static void checkMoney(List<FieldError> errors, ProjectInput in) {
        BigDecimal total = in.totalInvestment();
        required(errors, ProjectField.TOTAL_INVESTMENT, total);
        if (total != null && total.signum() <= 0) {
            errors.add(new FieldError(ProjectField.TOTAL_INVESTMENT, "总投资应大于 0"));
        }
        boolean fundsValid = true;
        for (ProjectField source : List.of(ProjectField.FUND_CENTRAL, ProjectField.FUND_PROVINCE,
                ProjectField.FUND_CITY, ProjectField.FUND_COUNTY, ProjectField.FUND_SELF, ProjectField.FUND_OTHER)) {
            BigDecimal amount = in.funding().get(source);
            if (amount != null && amount.signum() < 0) {
                errors.add(new FieldError(source, "金额不能为负数"));
                fundsValid = false;
            }
            fundsValid &= notTooLarge(errors, source, amount);
        }
        if (total != null && total.signum() > 0 && notTooLarge(errors, ProjectField.TOTAL_INVESTMENT, total)
                && fundsValid && in.funding().sum().compareTo(total) != 0) {
            errors.add(new FieldError(ProjectField.TOTAL_INVESTMENT, "资金来源合计 " + Money.format(in.funding().sum())
                    + " 万元，与总投资 " + Money.format(total) + " 万元不一致"));
        }
        BigDecimal period = in.periodInvestment();
        required(errors, ProjectField.PERIOD_INVESTMENT, period);
        if (period != null) {
            if (period.signum() < 0) {
                errors.add(new FieldError(ProjectField.PERIOD_INVESTMENT, "金额不能为负数"));
            } else if (total != null && period.compareTo(total) > 0) {
                errors.add(new FieldError(ProjectField.PERIOD_INVESTMENT, "“十四五”期间计划投资 " + Money.format(period)
                        + " 万元，超过总投资 " + Money.format(total) + " 万元"));
            } else if (period.signum() > 0 && in.startYear() != null && in.endYear() != null
                    && in.endYear() >= in.startYear()
                    && (in.endYear() < PERIOD_START || in.startYear() > PERIOD_END)) {
                errors.add(new FieldError(ProjectField.PERIOD_INVESTMENT, "建设年限 " + in.startYear() + "—"
                        + in.endYear() + " 年不在“十四五”期间（2021—2025 年），期间计划投资应为 0"));
            }
        }
    }

    private static boolean notTooLarge(List<FieldError> errors, ProjectField field, BigDecimal amount) {
        if (amount != null && amount.compareTo(MAX_AMOUNT) > 0) {
            errors.add(new FieldError(field, "金额超过 1 万亿元，请确认以万元为单位填写"));
            return false;
        }
        return true;
    }

    private static void checkYears(List<FieldError> errors, ProjectInput in) {
        required(errors, ProjectField.START_YEAR, in.startYear());
        required(errors, ProjectField.END_YEAR, in.endYear());
        boolean inRange = yearInRange(errors, ProjectField.START_YEAR, in.startYear())
                & yearInRange(errors, ProjectField.END_YEAR, in.endYear());
        if (inRange && in.startYear() != null && in.endYear() != null && in.endYear() < in.startYear()) {
            errors.add(new FieldError(ProjectField.END_YEAR, "完工年份 " + in.endYear() + " 早于开工年份 "
                    + in.startYear()));
        }
    }

    private static boolean yearInRange(List<FieldError> errors, ProjectField field, Integer year) {
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            errors.add(new FieldError(field, "年份 " + year + " 不在 " + MIN_YEAR + "—" + MAX_YEAR + " 之间"));
            return false;
        }
        return true;
    }

    private static void required(List<FieldError> errors, ProjectField field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, "必填"));
        }
    }

    private static void maxLength(List<FieldError> errors, ProjectField field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "不能超过 " + max + " 个字（现有 " + value.length() + " 个）"));
        }
    }
}
