package cn.gov.biyang.plan.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import cn.gov.biyang.plan.support.PortalTest;
import cn.gov.biyang.plan.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 10,000 generated projects: how long filtering, totals, summaries, paging, export and re-import take. Not part of
 * the normal build (the class name does not end in Test); run it with
 * {@code ./mvnw -B test -Dtest=ProjectLibraryBenchmark}. It prints a Markdown table (also written to
 * target/benchmark-projects.md) and fails if any list query takes longer than {@link #LIMIT_MS}.
 * Results are recorded in docs/benchmarks.md.
 */
@PortalTest
@Tag("benchmark")
class ProjectLibraryBenchmark {

    static final int PROJECTS = 10_000;
    /** What "quick" means for one filtered query (page, count or totals) on the shared two-core machine. */
    static final long LIMIT_MS = 300;

    @Autowired
    ProjectService projects;
    @Autowired
    ProjectExcelService excel;
    @Autowired
    DuplicateDetector duplicates;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    final Map<String, Double> results = new LinkedHashMap<>();

    @AfterEach
    void cleanUp() {
        ProjectFixtures.clearLibrary(jdbc);
        TestUsers.signOut();
    }

    @Test
    void tenThousandProjectsStayQuickToFilterAndTotal() throws IOException {
        ProjectFixtures.clearLibrary(jdbc);
        TestUsers.actAs(users, "office");
        ReferenceData ref = projects.referenceData();
        long start = System.nanoTime();
        generate(ref, PROJECTS, new Random(20200115));
        duplicates.refreshAll(ref);
        jdbc.execute("analyze project; analyze project_plan; analyze project_similar");
        double generation = (System.nanoTime() - start) / 1e6;
        assertThat(projects.count(ProjectFilter.all())).isEqualTo(PROJECTS);

        Map<String, ProjectFilter> filters = new LinkedHashMap<>();
        filters.put("全部", ProjectFilter.all());
        filters.put("领域 = 基础设施", ProjectFilter.all().withDomain(ProjectFixtures.domain(ref, "基础设施")));
        filters.put("建设地点 = 羊册镇", ProjectFilter.all().withLocation(ProjectFixtures.unit(ref, "yangce").id()));
        filters.put("申报单位 = 县水利局", ProjectFilter.all().withApplicant(ProjectFixtures.unit(ref, "shuili").id()));
        filters.put("状态 = 已入库", ProjectFilter.all().withStatus(ProjectStatus.INCLUDED));
        filters.put("所属规划 = 水利发展规划", ProjectFilter.all().withPlan(ProjectFixtures.plan(ref, 6)));
        filters.put("总投资 1 亿—10 亿元", ProjectFilter.all().withTotalBetween(new BigDecimal("10000"),
                new BigDecimal("100000")));
        filters.put("年限 2021—2025", ProjectFilter.all().withYears(2021, 2025));
        filters.put("文字 “污水”", ProjectFilter.all().withText("污水"));
        filters.put("疑似重复", ProjectFilter.all().withDuplicatesOnly(true));
        filters.put("组合：基础设施 + 已入库 + 2021—2025 + 文字 “道路”", ProjectFilter.all()
                .withDomain(ProjectFixtures.domain(ref, "基础设施")).withStatus(ProjectStatus.INCLUDED)
                .withYears(2021, 2025).withText("道路"));

        StringBuilder table = new StringBuilder("| 筛选 | 命中 | 首页 50 行 (ms) | 计数 (ms) | 合计行 (ms) |\n|---|---:|---:|---:|---:|\n");
        double worst = 0;
        for (Map.Entry<String, ProjectFilter> f : filters.entrySet()) {
            ProjectFilter filter = f.getValue();
            double page = median(() -> projects.page(filter, 0, 50, List.of()));
            double count = median(() -> projects.count(filter));
            double totals = median(() -> projects.totals(filter));
            worst = Math.max(worst, Math.max(page, Math.max(count, totals)));
            table.append("| ").append(f.getKey()).append(" | ").append(projects.count(filter)).append(" | ")
                    .append(fmt(page)).append(" | ").append(fmt(count)).append(" | ").append(fmt(totals))
                    .append(" |\n");
        }
        table.append("\n| 其他操作 | 用时 (ms) |\n|---|---:|\n");
        other(table, "按总投资倒序，第 5,000 行起 50 行", median(() -> projects.page(ProjectFilter.all(), 5000, 50,
                List.of(new SortKey("total", true)))));
        other(table, "按领域汇总", median(() -> projects.summaryByDomain(ProjectFilter.all())));
        other(table, "按乡镇汇总", median(() -> projects.summaryByTownship(ProjectFilter.all())));
        other(table, "按状态汇总", median(() -> projects.summaryByStatus(ProjectFilter.all())));
        other(table, "生成 10,000 个项目并计算疑似重复（一次）", generation);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long t = System.nanoTime();
        excel.export(ProjectFilter.all(), out);
        other(table, "导出 10,000 个项目为 Excel（一次，" + out.size() / 1024 + " KB）", (System.nanoTime() - t) / 1e6);
        t = System.nanoTime();
        ImportReport report = excel.importWorkbook(new ByteArrayInputStream(out.toByteArray()));
        other(table, "再导入该文件（一次，10,000 行均未变）", (System.nanoTime() - t) / 1e6);
        assertThat(report.unchanged()).isEqualTo(PROJECTS);

        String text = "10,000 个项目，中位数（预热 2 次后测 7 次）\n\n" + table;
        System.out.println(text);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmark-projects.md"), text);
        assertThat(worst).as("slowest filtered query (ms)").isLessThan(LIMIT_MS);
    }

    private static void other(StringBuilder table, String what, double ms) {
        table.append("| ").append(what).append(" | ").append(fmt(ms)).append(" |\n");
    }

    private static String fmt(double ms) {
        return String.format(java.util.Locale.ROOT, "%.1f", ms);
    }

    private static double median(Supplier<?> query) {
        for (int i = 0; i < 2; i++) {
            query.get();
        }
        double[] times = new double[7];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            query.get();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    // ---- generated data ------------------------------------------------------------------------------------------

    private static final String[] WORKS = {"道路提质改造", "污水处理厂建设", "农村供水工程", "标准化厂房", "智慧社区",
            "中小学校舍改扩建", "卫生院提升", "高标准农田", "河道综合治理", "冷链物流园", "光伏发电", "文化广场",
            "养老服务中心", "垃圾中转站", "产业园基础设施", "食用菌产业园", "牧原生猪养殖配套", "旅游服务设施",
            "天然气管网", "电力线路改造"};

    /** Valid projects straight into the tables (the service's rules hold: the schema's checks enforce them). */
    private void generate(ReferenceData ref, int n, Random random) {
        List<UnitOption> units = ref.units();
        List<UnitOption> townships = ref.townships();
        List<DomainRef> domains = ref.activeDomains();
        List<PlanOption> plans = ref.plans();
        ProjectStatus[] statuses = ProjectStatus.values();
        int[] statusWeights = {20, 20, 10, 10, 30, 5, 5};
        long base = jdbc.queryForObject("select coalesce(max(id), 0) from project", Long.class) + 1;
        Timestamp now = Timestamp.from(Instant.parse("2020-01-15T02:00:00Z"));
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> planRows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = base + i;
            UnitOption applicant = units.get(random.nextInt(units.size()));
            UnitOption place = applicant.township() ? applicant
                    : random.nextInt(10) < 8 ? townships.get(random.nextInt(townships.size())) : null;
            String work = WORKS[random.nextInt(WORKS.length)];
            // about 1 % are re-entries of an earlier name in the same place (possible duplicates)
            String name = (place == null ? "全县" : place.name()) + work + (random.nextInt(100) == 0 ? "项目"
                    : "（" + (i + 1) + "）项目");
            BigDecimal total = BigDecimal.valueOf(Math.exp(4 + random.nextDouble() * 9)).setScale(2,
                    RoundingMode.HALF_UP).max(new BigDecimal("10.00"));
            BigDecimal[] funds = split(total, random);
            int startYear = 2016 + random.nextInt(12);
            int endYear = startYear + random.nextInt(5);
            boolean inPeriod = endYear >= 2021 && startYear <= 2025;
            BigDecimal period = inPeriod ? total.multiply(BigDecimal.valueOf(0.3 + random.nextDouble() * 0.7))
                    .setScale(2, RoundingMode.DOWN) : BigDecimal.ZERO.setScale(2);
            ProjectStatus status = weighted(statuses, statusWeights, random);
            String code = random.nextInt(10) < 4 ? String.format("%02d%02d-411726-%02d-01-%06d", 20,
                    1 + random.nextInt(12), 1 + random.nextInt(90), 100000 + i) : null;
            rows.add(new Object[] {id, code, name + "", name.replaceAll("\\s+", ""), applicant.id(),
                    domains.get(random.nextInt(domains.size())).id(),
                    ProjectNature.values()[random.nextInt(5)].name(), place == null ? null : place.id(), total,
                    funds[0], funds[1], funds[2], funds[3], funds[4], funds[5], period, startYear, endYear,
                    status.name(), now, now});
            planRows.add(new Object[] {id, plans.get(random.nextInt(plans.size())).id()});
            if (random.nextBoolean()) {
                planRows.add(new Object[] {id, plans.get(random.nextInt(plans.size())).id()});
            }
        }
        // names must be unique per applicant: a re-entered name by the same unit gets a suffix
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Object[] row : rows) {
            String key = row[4] + "/" + row[3];
            if (!seen.add(key)) {
                row[2] = row[2] + "（二期）";
                row[3] = row[3] + "（二期）";
                seen.add(row[4] + "/" + row[3]);
            }
        }
        jdbc.batchUpdate("""
                insert into project (id, code, name, match_name, applicant_unit_id, domain_id, nature,
                    location_unit_id, total_investment, fund_central, fund_province, fund_city, fund_county,
                    fund_self, fund_other, period_investment, start_year, end_year, status, created_by, created_at,
                    updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'benchmark', ?, ?)
                """, rows);
        jdbc.batchUpdate("insert into project_plan (project_id, work_item_id) values (?, ?) on conflict do nothing",
                planRows);
        jdbc.execute("select setval('project_id_seq', (select max(id) from project))");
    }

    /** Six sources that add up exactly to the total. */
    private static BigDecimal[] split(BigDecimal total, Random random) {
        BigDecimal[] funds = new BigDecimal[6];
        BigDecimal left = total;
        for (int i = 0; i < 5; i++) {
            BigDecimal share = random.nextInt(3) == 0 ? BigDecimal.ZERO
                    : left.multiply(BigDecimal.valueOf(random.nextDouble() * 0.6)).setScale(2, RoundingMode.DOWN);
            funds[i] = share;
            left = left.subtract(share);
        }
        funds[5] = left;
        return funds;
    }

    private static ProjectStatus weighted(ProjectStatus[] values, int[] weights, Random random) {
        int r = random.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[0];
    }
}
