package cn.gov.biyang.plan.projects;

import java.math.BigDecimal;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/** Valid project records to start tests from, and a clean library. */
final class ProjectFixtures {

    private ProjectFixtures() {
    }

    static void clearLibrary(JdbcTemplate jdbc) {
        jdbc.update("delete from project_similar");
        jdbc.update("delete from project_event");
        jdbc.update("delete from project_plan");
        jdbc.update("delete from project");
    }

    static UnitOption unit(ReferenceData ref, String code) {
        return ref.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    static Long domain(ReferenceData ref, String name) {
        return ref.domainNamed(name).orElseThrow().id();
    }

    static Long plan(ReferenceData ref, int number) {
        return ref.plans().stream().filter(p -> p.number() == number).findFirst().orElseThrow().id();
    }

    /**
     * A valid project of the unit: in the unit's own township (or 羊册镇 for a county unit), 1,000 万元 of which
     * 400 county and 600 self-raised, 800 in 2021—2025, built 2021—2023, carried by the water plan (6).
     */
    static ProjectInput.Builder valid(ReferenceData ref, String unitCode, String name) {
        UnitOption unit = unit(ref, unitCode);
        UnitOption place = unit.township() ? unit : unit(ref, "yangce");
        return ProjectInput.builder().name(name).applicantUnitId(unit.id()).domainId(domain(ref, "基础设施"))
                .nature(ProjectNature.NEW).locationUnitId(place.id()).totalInvestment(new BigDecimal("1000"))
                .fund(ProjectField.FUND_COUNTY, new BigDecimal("400"))
                .fund(ProjectField.FUND_SELF, new BigDecimal("600")).periodInvestment(new BigDecimal("800"))
                .startYear(2021).endYear(2023).planIds(Set.of(plan(ref, 6)));
    }
}
