package cn.gov.biyang.plan.projects;

import java.util.List;
import java.util.stream.Collectors;

/** A project record that cannot be saved as entered; nothing was changed. */
public class ProjectValidationException extends RuntimeException {

    private final transient List<FieldError> errors;

    public ProjectValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field().header() + "：" + e.message()).collect(Collectors.joining("；")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
