package cn.gov.biyang.plan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import cn.gov.biyang.plan.monitoring.ui.MonitorView;
import cn.gov.biyang.plan.support.MutableClock;
import cn.gov.biyang.plan.support.TestUsers;
import cn.gov.biyang.plan.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * Monitor and dashboard queries with 100 times the county's data: 5,700 units, 6,000 topics and plans, about 16,700
 * deliverables with review rounds. Not part of {@code ./mvnw verify} (the name does not end in Test); run with
 * {@code ./mvnw -B test -Dtest=MonitoringBenchmark}. Prints medians and writes target/benchmark-monitoring.md.
 */
@PortalTest
@TestPropertySource(properties = "portal.scheduling.enabled=false")
class MonitoringBenchmark {

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock benchmarkClock() {
            return new MutableClock(LocalDateTime.of(2020, 2, 5, 10, 0));
        }
    }

    @Autowired MonitoringService monitoring;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;

    @Test
    void monitorAndDashboardWithAHundredTimesTheData() throws Exception {
        generate();
        TestUsers.actAs(users, "office");
        List<String> lines = new ArrayList<>();
        lines.add("| query | cells / rows | median (ms) | max (ms) |");
        lines.add("|---|---:|---:|---:|");
        // what the monitor page asks for: the overview (heading figures, columns, red units) and its first page
        for (int phase = 1; phase <= 5; phase++) {
            int p = phase;
            lines.add(time("monitor page, phase " + p + " (overview + first " + MonitorView.PAGE_SIZE + " units)",
                    () -> {
                        MatrixOverview o = monitoring.overview(p);
                        return monitoring.rows(o, 0, MonitorView.PAGE_SIZE).stream()
                                .mapToInt(r -> r.cells().size()).sum();
                    }));
        }
        lines.add(time("monitor page, phase 3, a page from the middle of the list", () -> {
            MatrixOverview o = monitoring.overview(3);
            return monitoring.rows(o, o.units() / 2, MonitorView.PAGE_SIZE).stream().mapToInt(r -> r.cells().size()).sum();
        }));
        // the two parts of a page on their own: the overview query, and reading one page's cells
        lines.add(time("overview only, phase 3", () -> monitoring.overview(3).units()));
        MatrixOverview phase3 = monitoring.overview(3);
        lines.add(time("one page's cells only, phase 3 (first " + MonitorView.PAGE_SIZE + " units)", () -> monitoring
                .rows(phase3, 0, MonitorView.PAGE_SIZE).stream().mapToInt(r -> r.cells().size()).sum()));
        // the whole matrix at once, as the Excel export of the monitor reads it (a download, not a page)
        lines.add(time("whole matrix, phase 3 (Excel export)", () -> monitoring.matrix(3).rows().stream()
                .mapToInt(r -> r.cells().size()).sum()));
        lines.add(time("dashboard figures (all charts)", () -> monitoring.dashboard(List.of(), List.of()).phases()
                .stream().mapToInt(x -> (int) x.total()).sum()));
        String report = String.join("\n", lines);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmark-monitoring.md"), report + "\n");
        assertThat(monitoring.matrix(2).rows().size()).as("lead units in phase 2").isGreaterThan(1000);
        TestUsers.signOut();
    }

    private String time(String name, Supplier<Integer> query) {
        int rows = 0;
        for (int i = 0; i < 10; i++) {
            rows = query.get();
        }
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            long start = System.nanoTime();
            query.get();
            ms.add((System.nanoTime() - start) / 1_000_000);
        }
        ms.sort(Long::compare);
        return "| " + name + " | " + rows + " | " + ms.get(ms.size() / 2) + " | " + ms.getLast() + " |";
    }

    /** 99 more copies of every unit, topic, plan and deliverable, with plausible statuses and review rounds. */
    private void generate() {
        jdbc.execute("""
                insert into unit (code, name, kind)
                select u.code || '-' || g, u.name || '（副本' || g || '）', u.kind
                from unit u cross join generate_series(1, 99) g where u.code not like '%-%'""");
        jdbc.execute("""
                insert into work_item (cycle_id, kind, number, title, scope, lead_unit_id, due_on)
                select w.cycle_id, w.kind, w.number + 1000 * g, w.title || '（副本' || g || '）', w.scope, c.id, w.due_on
                from work_item w cross join generate_series(1, 99) g
                join unit l on l.id = w.lead_unit_id
                join unit c on c.code = l.code || '-' || g
                where w.number < 1000""");
        jdbc.execute("""
                insert into deliverable (work_item_id, name, position, due_on, status, current_round, created_at, created_by)
                select w2.id, d.name, d.position, d.due_on,
                       (array['NOT_SUBMITTED','SUBMITTED','RETURNED','ACCEPTED'])[1 + (w2.id + d.position) % 4],
                       (w2.id + d.position) % 4 > 0, now(), 'benchmark'
                from deliverable d join work_item w on w.id = d.work_item_id
                join work_item w2 on w2.cycle_id = w.cycle_id and w2.kind = w.kind and w2.number % 1000 = w.number
                     and w2.number >= 1000""".replace("(w2.id + d.position) % 4 > 0", "case when (w2.id + d.position) % 4 > 0 then 1 else 0 end"));
        jdbc.execute("""
                insert into stored_file (id, size_bytes, sha256, created_at)
                values ('00000000-0000-0000-0000-000000000001', 1, repeat('0', 64), now())""");
        Long unit = jdbc.queryForObject("select id from unit where code = 'shuili'", Long.class);
        jdbc.execute("""
                insert into document_version (deliverable_id, kind, unit_id, version_no, original_name, file_type,
                    size_bytes, sha256, storage_key, uploaded_by, uploaded_by_name, uploaded_at)
                select d.id, 'MAIN', %d, 1, 'x.pdf', 'PDF', 1, repeat('0', 64),
                       '00000000-0000-0000-0000-000000000001', 'benchmark', 'benchmark', now()
                from deliverable d where d.current_round > 0""".formatted(unit));
        jdbc.execute("""
                insert into review_round (deliverable_id, round_no, document_id, submitted_by, submitted_by_name,
                    submitted_at, decision, comment, decided_by, decided_by_name, decided_at)
                select v.deliverable_id, 1, v.id, 'benchmark', 'benchmark',
                       timestamp '2020-01-06' + (v.id % 30) * interval '1 day',
                       case d.status when 'ACCEPTED' then 'ACCEPTED' when 'RETURNED' then 'RETURNED' end,
                       case d.status when 'RETURNED' then '请补充' end,
                       case when d.status in ('ACCEPTED', 'RETURNED') then 'office' end,
                       case when d.status in ('ACCEPTED', 'RETURNED') then '规划办' end,
                       case when d.status in ('ACCEPTED', 'RETURNED')
                            then timestamp '2020-01-10' + (v.id % 30) * interval '1 day' end
                from document_version v join deliverable d on d.id = v.deliverable_id""");
        jdbc.execute("analyze");
        System.out.println("Generated: units=" + count("unit") + " items=" + count("work_item") + " deliverables="
                + count("deliverable") + " rounds=" + count("review_round"));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
