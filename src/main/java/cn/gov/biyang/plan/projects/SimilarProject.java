package cn.gov.biyang.plan.projects;

/** Another project with the same or a very similar name in the same place. */
public record SimilarProject(Long id, String name, String applicant, String place, ProjectStatus status) {
}
