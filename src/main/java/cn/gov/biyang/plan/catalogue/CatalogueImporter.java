package cn.gov.biyang.plan.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.biyang.plan.audit.AuditService;
import cn.gov.biyang.plan.organization.LeadershipRole;
import cn.gov.biyang.plan.organization.OrganizationService;
import cn.gov.biyang.plan.organization.OrganizationService.MemberEntry;
import cn.gov.biyang.plan.organization.Unit;
import cn.gov.biyang.plan.organization.UnitKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads a cycle's catalogue from its reviewed data file (units, phases, topics, plans, leadership group) in one
 * transaction. A cycle already in the database is left alone, so loading is idempotent across restarts.
 */
@Component
class CatalogueImporter {

    private static final Logger log = LoggerFactory.getLogger(CatalogueImporter.class);

    private final OrganizationService organization;
    private final PlanningCycleRepository cycles;
    private final PhaseRepository phases;
    private final WorkItemRepository items;
    private final AuditService audit;

    CatalogueImporter(OrganizationService organization, PlanningCycleRepository cycles, PhaseRepository phases,
                      WorkItemRepository items, AuditService audit) {
        this.organization = organization;
        this.cycles = cycles;
        this.phases = phases;
        this.items = items;
        this.audit = audit;
    }

    /** @return true when the catalogue was loaded now, false when its cycle already existed */
    @Transactional
    public boolean importIfAbsent(Resource resource) {
        Map<String, Object> root = read(resource);
        Map<String, Object> c = map(root, "cycle");
        String code = str(c, "code");
        if (cycles.findByCode(code).isPresent()) {
            log.info("Catalogue of cycle {} already loaded", code);
            return false;
        }

        Map<String, Unit> units = new HashMap<>();
        for (Map<String, Object> u : list(root, "units")) {
            List<String> aliases = new ArrayList<>();
            if (u.get("aliases") instanceof List<?> l) {
                l.forEach(a -> aliases.add(String.valueOf(a)));
            }
            Unit unit = organization.ensureUnit(str(u, "code"), str(u, "name"), optStr(u, "fullName"),
                    UnitKind.valueOf(str(u, "kind")), aliases);
            units.put(unit.getCode(), unit);
        }

        PlanningCycle cycle = cycles.save(new PlanningCycle(code, str(c, "name"), str(c, "noticeTitle"),
                str(c, "issuer"), str(c, "documentNumber"), date(c, "issuedOn"), date(c, "topicReportDue"),
                optStr(c, "topicReportDueText"), optStr(c, "contact")));

        LocalDate lastPhaseEnd = null;
        for (Map<String, Object> p : list(root, "phases")) {
            Phase phase = phases.save(new Phase(cycle, num(p, "number"), str(p, "name"), date(p, "startsOn"),
                    date(p, "endsOn"), str(p, "dateText"), str(p, "work")));
            if (lastPhaseEnd == null || phase.getEndsOn().isAfter(lastPhaseEnd)) {
                lastPhaseEnd = phase.getEndsOn();
            }
        }

        for (Map<String, Object> t : list(root, "topics")) {
            items.save(new WorkItem(cycle, WorkItemKind.TOPIC, num(t, "number"), str(t, "title"), optStr(t, "scope"),
                    unit(units, str(t, "lead")), supporting(units, t), optStr(t, "supportingNote"),
                    cycle.getTopicReportDue()));
        }
        for (Map<String, Object> p : list(root, "plans")) {
            WorkItemKind kind = "MASTER".equals(str(p, "kind")) ? WorkItemKind.MASTER_PLAN : WorkItemKind.SPECIAL_PLAN;
            // Special plans are to be completed in phase 3 (by 2020-06-30); the master outline runs to the last phase.
            LocalDate due = kind == WorkItemKind.SPECIAL_PLAN ? SPECIAL_PLANS_DUE : lastPhaseEnd;
            items.save(new WorkItem(cycle, kind, num(p, "number"), str(p, "title"), optStr(p, "scope"),
                    unit(units, str(p, "lead")), supporting(units, p), optStr(p, "supportingNote"), due));
        }

        Map<String, Object> g = map(root, "leadershipGroup");
        Map<String, Object> office = map(g, "office");
        List<MemberEntry> members = new ArrayList<>();
        for (Map<String, Object> m : list(g, "members")) {
            members.add(new MemberEntry(num(m, "order"), str(m, "name"), LeadershipRole.valueOf(str(m, "role")),
                    str(m, "position"), optStr(m, "unit")));
        }
        organization.createLeadershipGroup(cycle.getId(), str(g, "name"), str(office, "unit"),
                str(office, "director"), optStr(office, "directorPosition"), optStr(office, "text"), members);

        audit.record("system", "CATALOGUE_IMPORTED", "PlanningCycle", code,
                "导入编制目录: " + units.size() + " 个单位, " + items.countByCycleId(cycle.getId()) + " 项课题与规划");
        log.info("Loaded catalogue of cycle {}: {} units, {} items", code, units.size(),
                items.countByCycleId(cycle.getId()));
        return true;
    }

    /** 第三阶段: 2020年2月至2020年6月底，启动并完成“十四五”各专项规划编制工作. */
    static final LocalDate SPECIAL_PLANS_DUE = LocalDate.of(2020, 6, 30);

    private static List<Unit> supporting(Map<String, Unit> units, Map<String, Object> item) {
        List<Unit> result = new ArrayList<>();
        if (item.get("supporting") instanceof List<?> l) {
            l.forEach(code -> result.add(unit(units, String.valueOf(code))));
        }
        return result;
    }

    private static Unit unit(Map<String, Unit> units, String code) {
        Unit unit = units.get(code);
        if (unit == null) {
            throw new IllegalStateException("Catalogue names unknown unit code " + code);
        }
        return unit;
    }

    private static Map<String, Object> read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            return yaml.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read catalogue " + resource, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Map)) {
            throw new IllegalStateException("Catalogue lacks section " + key);
        }
        return (Map<String, Object>) v;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof List)) {
            throw new IllegalStateException("Catalogue lacks list " + key);
        }
        return (List<Map<String, Object>>) v;
    }

    private static String str(Map<String, Object> m, String key) {
        String s = optStr(m, key);
        if (s == null || s.isBlank()) {
            throw new IllegalStateException("Catalogue entry " + m + " lacks " + key);
        }
        return s;
    }

    private static String optStr(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : String.valueOf(v).strip();
    }

    private static int num(Map<String, Object> m, String key) {
        return Integer.parseInt(str(m, key));
    }

    private static LocalDate date(Map<String, Object> m, String key) {
        return LocalDate.parse(str(m, key));
    }
}
