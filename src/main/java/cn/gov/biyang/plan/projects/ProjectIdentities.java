package cn.gov.biyang.plan.projects;

import java.util.Optional;

/**
 * Finds a project by what identifies it: its code, or its applicant unit and its name without blanks. The form asks
 * the database; an import asks an index of the whole library loaded once, so 10,000 rows cost no 20,000 queries.
 */
interface ProjectIdentities {

    Optional<Known> byCode(String code);

    Optional<Known> byName(Long applicantUnitId, String matchName);

    /** A project as far as matching and refusing needs it. */
    record Known(Long id, String name, String code, Long applicantUnitId, ProjectStatus status, ProjectInput input) {
    }
}
