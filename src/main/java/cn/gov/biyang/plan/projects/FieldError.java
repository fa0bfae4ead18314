package cn.gov.biyang.plan.projects;

/** A problem with one field of a project record, in Chinese. */
public record FieldError(ProjectField field, String message) {
}
