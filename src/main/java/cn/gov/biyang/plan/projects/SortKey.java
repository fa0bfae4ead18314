package cn.gov.biyang.plan.projects;

/**
 * A sort the list view asks for: one of {@code name, applicant, domain, place, total, period, years, status,
 * updated}; anything else is ignored.
 */
public record SortKey(String property, boolean descending) {
}
