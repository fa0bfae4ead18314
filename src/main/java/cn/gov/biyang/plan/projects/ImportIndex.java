package cn.gov.biyang.plan.projects;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Every project of the library by code and by unit + name, loaded in one query and kept current during an import. */
final class ImportIndex implements ProjectIdentities {

    private final Map<String, Known> byCode = new HashMap<>();
    private final Map<String, Known> byName = new HashMap<>();

    static ImportIndex load(ProjectQueries queries) {
        ImportIndex index = new ImportIndex();
        queries.forEachRecord(ProjectQueries.Where.of(ProjectFilter.all(), null),
                (id, input, status) -> index.put(new Known(id, input.name(), input.code(), input.applicantUnitId(),
                        status, input)));
        return index;
    }

    /** Records a new project, or (with its previous state) a changed one. */
    void put(Known before, Known project) {
        if (before != null) {
            if (before.code() != null) {
                byCode.remove(before.code());
            }
            byName.remove(key(before.applicantUnitId(), Project.matchName(before.name())));
        }
        put(project);
    }

    private void put(Known project) {
        if (project.code() != null) {
            byCode.put(project.code(), project);
        }
        byName.put(key(project.applicantUnitId(), Project.matchName(project.name())), project);
    }

    private static String key(Long unitId, String matchName) {
        return unitId + "/" + matchName;
    }

    @Override
    public Optional<Known> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public Optional<Known> byName(Long applicantUnitId, String matchName) {
        return Optional.ofNullable(byName.get(key(applicantUnitId, matchName)));
    }
}
