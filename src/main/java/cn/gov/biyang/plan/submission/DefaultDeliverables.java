package cn.gov.biyang.plan.submission;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.biyang.plan.audit.AuditService;
import cn.gov.biyang.plan.catalogue.CatalogueService;
import cn.gov.biyang.plan.catalogue.WorkItemView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * On start, after the catalogue is loaded: every topic and plan of the cycle that never had deliverables gets the
 * defaults from {@code submission/shisiwu-deliverables.yaml}. An item that has any (even removed ones) is left alone,
 * so restarts create nothing twice and the office's removals stay removed.
 */
@Component
@Order(5)
class DefaultDeliverables implements ApplicationRunner {

    record Entry(String name, LocalDate dueOn) {
    }

    private static final Logger log = LoggerFactory.getLogger(DefaultDeliverables.class);

    private final SubmissionService submissions;
    private final CatalogueService catalogue;
    private final AuditService audit;
    private final Resource template;

    DefaultDeliverables(SubmissionService submissions, CatalogueService catalogue, AuditService audit,
                        @Value("${portal.submission.defaults:classpath:submission/shisiwu-deliverables.yaml}")
                        Resource template) {
        this.submissions = submissions;
        this.catalogue = catalogue;
        this.audit = audit;
        this.template = template;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, Object> root = read();
        String cycle = String.valueOf(root.get("cycle"));
        if (!catalogue.hasCycle(cycle)) {
            log.info("Cycle {} not loaded: no default deliverables", cycle);
            return;
        }
        List<Entry> topic = entries(root, "topic");
        List<Entry> special = entries(root, "specialPlan");
        List<Entry> master = entries(root, "masterPlan");
        int created = 0;
        for (WorkItemView item : catalogue.allItems()) {
            List<Entry> wanted = switch (item.kind()) {
                case TOPIC -> topic;
                case SPECIAL_PLAN -> special;
                case MASTER_PLAN -> master;
            };
            created += submissions.createDefaults(item.id(), wanted);
        }
        if (created > 0) {
            audit.record("system", "DELIVERABLES_CREATED", "PlanningCycle", cycle, "创建默认交付材料 " + created + " 项");
            log.info("Created {} default deliverables", created);
        }
    }

    private Map<String, Object> read() {
        try (InputStream in = template.getInputStream()) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + template, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Entry> entries(Map<String, Object> root, String key) {
        List<Entry> result = new ArrayList<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) root.get(key)) {
            Object due = e.get("dueOn");
            result.add(new Entry(String.valueOf(e.get("name")).strip(),
                    due == null ? null : LocalDate.parse(String.valueOf(due))));
        }
        return List.copyOf(result);
    }
}
