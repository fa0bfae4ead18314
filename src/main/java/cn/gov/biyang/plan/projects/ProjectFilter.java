package cn.gov.biyang.plan.projects;

import java.math.BigDecimal;

/**
 * What the library list is narrowed to; null means "any". Years select projects under construction at some time in
 * the range (a project of 2019—2022 is in 2021—2025). The amounts bound the total investment in 万元.
 */
public record ProjectFilter(Long domainId, Long applicantUnitId, Long locationUnitId, ProjectStatus status,
                            Long planId, BigDecimal minTotal, BigDecimal maxTotal, Integer fromYear, Integer toYear,
                            String text, boolean duplicatesOnly) {

    public static ProjectFilter all() {
        return new ProjectFilter(null, null, null, null, null, null, null, null, null, null, false);
    }

    public ProjectFilter withDomain(Long id) {
        return new ProjectFilter(id, applicantUnitId, locationUnitId, status, planId, minTotal, maxTotal, fromYear,
                toYear, text, duplicatesOnly);
    }

    public ProjectFilter withApplicant(Long id) {
        return new ProjectFilter(domainId, id, locationUnitId, status, planId, minTotal, maxTotal, fromYear, toYear,
                text, duplicatesOnly);
    }

    public ProjectFilter withLocation(Long id) {
        return new ProjectFilter(domainId, applicantUnitId, id, status, planId, minTotal, maxTotal, fromYear, toYear,
                text, duplicatesOnly);
    }

    public ProjectFilter withStatus(ProjectStatus s) {
        return new ProjectFilter(domainId, applicantUnitId, locationUnitId, s, planId, minTotal, maxTotal, fromYear,
                toYear, text, duplicatesOnly);
    }

    public ProjectFilter withPlan(Long id) {
        return new ProjectFilter(domainId, applicantUnitId, locationUnitId, status, id, minTotal, maxTotal, fromYear,
                toYear, text, duplicatesOnly);
    }

    public ProjectFilter withTotalBetween(BigDecimal min, BigDecimal max) {
        return new ProjectFilter(domainId, applicantUnitId, locationUnitId, status, planId, min, max, fromYear,
                toYear, text, duplicatesOnly);
    }

    public ProjectFilter withYears(Integer from, Integer to) {
        return new ProjectFilter(domainId, applicantUnitId, locationUnitId, status, planId, minTotal, maxTotal, from,
                to, text, duplicatesOnly);
    }

    public ProjectFilter withText(String t) {
        return new ProjectFilter(domainId, applicantUnitId, locationUnitId, status, planId, minTotal, maxTotal,
                fromYear, toYear, t, duplicatesOnly);
    }

    public ProjectFilter withDuplicatesOnly(boolean only) {
        return new ProjectFilter(domainId, applicantUnitId, locationUnitId, status, planId, minTotal, maxTotal,
                fromYear, toYear, text, only);
    }
}
