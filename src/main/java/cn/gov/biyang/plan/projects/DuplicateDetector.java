package cn.gov.biyang.plan.projects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Keeps the pairs of possibly duplicated projects (same or very similar name in the same place) up to date: after a
 * project is saved its pairs are recomputed against the other projects of its place, a few hundred names at most.
 */
@Component
class DuplicateDetector {

    private final ProjectQueries queries;

    DuplicateDetector(ProjectQueries queries) {
        this.queries = queries;
    }

    void refresh(Long projectId, String name, Long locationUnitId, ReferenceData ref) {
        List<String> placeNames = placeNames(locationUnitId, ref);
        String mine = NameSimilarity.normalize(name, placeNames);
        List<Long> similar = queries.inSamePlace(locationUnitId, projectId).stream()
                .filter(p -> NameSimilarity.similar(mine, NameSimilarity.normalize(p.name(), placeNames)))
                .map(ProjectQueries.NamedProject::id).toList();
        queries.replaceSimilar(projectId, similar);
    }

    /** Recomputes every pair (after a bulk load): each place's names compared with each other once. */
    void refreshAll(ReferenceData ref) {
        Map<Long, List<ProjectQueries.NamedProject>> byPlace = queries.allNames().stream()
                .collect(Collectors.groupingBy(p -> p.locationUnitId() == null ? -1L : p.locationUnitId(),
                        HashMap::new, Collectors.toList()));
        List<long[]> pairs = new ArrayList<>();
        for (Map.Entry<Long, List<ProjectQueries.NamedProject>> place : byPlace.entrySet()) {
            List<String> placeNames = placeNames(place.getKey() == -1L ? null : place.getKey(), ref);
            List<ProjectQueries.NamedProject> projects = place.getValue();
            List<String> normalized = projects.stream().map(p -> NameSimilarity.normalize(p.name(), placeNames))
                    .toList();
            for (int i = 0; i < projects.size(); i++) {
                for (int j = i + 1; j < projects.size(); j++) {
                    if (NameSimilarity.similar(normalized.get(i), normalized.get(j))) {
                        pairs.add(new long[] {projects.get(i).id(), projects.get(j).id()});
                    }
                }
            }
        }
        queries.replaceAllSimilar(pairs);
    }

    private static List<String> placeNames(Long locationUnitId, ReferenceData ref) {
        return ref.unit(locationUnitId).map(u -> {
            List<String> names = new ArrayList<>(u.aliases());
            names.add(0, u.name());
            // longest first, so 羊册镇 goes before its short form 羊册 leaves a stray 镇
            names.sort((a, b) -> b.length() - a.length());
            return names;
        }).orElse(List.of());
    }
}
