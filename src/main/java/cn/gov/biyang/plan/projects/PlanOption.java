package cn.gov.biyang.plan.projects;

/** One of the cycle's 27 plans that can carry a project; the short title is what the Excel cell shows. */
public record PlanOption(Long id, int number, String title, String shortTitle) {
}
