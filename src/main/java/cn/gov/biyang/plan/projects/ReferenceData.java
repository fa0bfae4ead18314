package cn.gov.biyang.plan.projects;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What project records refer to: the domains, the units, the townships and the plans, with lookups by id (to show a
 * record) and by written name (to read an Excel cell). Small enough to load whole per request.
 */
public record ReferenceData(List<DomainRef> domains, List<UnitOption> units, List<PlanOption> plans) {

    /** The text an Excel cell and the views show for a county-wide project (no township). */
    public static final String COUNTY_WIDE = "全县";

    public List<DomainRef> activeDomains() {
        return domains.stream().filter(d -> !d.retired()).toList();
    }

    public List<UnitOption> townships() {
        return units.stream().filter(UnitOption::township).toList();
    }

    public Optional<DomainRef> domain(Long id) {
        return domains.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<UnitOption> unit(Long id) {
        return id == null ? Optional.empty() : units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    public Optional<PlanOption> plan(Long id) {
        return plans.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public String domainName(Long id) {
        return domain(id).map(DomainRef::name).orElse("");
    }

    public String unitName(Long id) {
        return unit(id).map(UnitOption::name).orElse("");
    }

    public String placeName(Long id) {
        return id == null ? COUNTY_WIDE : unitName(id);
    }

    /** The plans' short titles in catalogue order, joined with 、 (the Excel cell and the history). */
    public String planNames(Set<Long> ids) {
        return plans.stream().filter(p -> ids.contains(p.id())).map(PlanOption::shortTitle)
                .collect(Collectors.joining("、"));
    }

    public Optional<DomainRef> domainNamed(String written) {
        String w = written.strip();
        return domains.stream().filter(d -> d.name().equals(w)).findFirst();
    }

    /** A unit by its name or any of its other written names (县发展改革委 finds 县发改委). */
    public Optional<UnitOption> unitNamed(String written) {
        String w = written.replaceAll("\\s+", "");
        return units.stream().filter(u -> u.answersTo(w)).findFirst();
    }

    /**
     * A plan as officials write it in a cell: its number (6), 专项规划6, its full title, its short title, or for the
     * master outline 总体规划 / 规划纲要.
     */
    public Optional<PlanOption> planNamed(String written) {
        String w = written.replaceAll("\\s+", "");
        String number = w.replaceFirst("^(专项规划|规划)", "").replaceFirst("^第", "");
        if (number.matches("\\d{1,2}")) {
            int n = Integer.parseInt(number);
            return plans.stream().filter(p -> p.number() == n).findFirst();
        }
        if (w.equals("总体规划") || w.equals("规划纲要") || w.equals("总体规划纲要")) {
            return plans.stream().filter(p -> p.number() == 0).findFirst();
        }
        return plans.stream().filter(p -> p.title().equals(w) || p.shortTitle().equals(w)).findFirst();
    }
}
