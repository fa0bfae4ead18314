package cn.gov.biyang.plan.projects;

import java.util.List;

/** A unit as the project library offers it: applicant (any unit) or place (townships and sub-districts). */
public record UnitOption(Long id, String code, String name, List<String> aliases, boolean township) {

    boolean answersTo(String written) {
        return name.equals(written) || aliases.contains(written);
    }
}
