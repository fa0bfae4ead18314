package cn.gov.biyang.plan.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import cn.gov.biyang.plan.base.ClockConfiguration;
import cn.gov.biyang.plan.catalogue.CatalogueService;
import cn.gov.biyang.plan.catalogue.WorkItemKind;
import cn.gov.biyang.plan.catalogue.WorkItemView;
import cn.gov.biyang.plan.projects.DomainRef;
import cn.gov.biyang.plan.projects.PlanOption;
import cn.gov.biyang.plan.projects.ProjectField;
import cn.gov.biyang.plan.projects.ProjectInput;
import cn.gov.biyang.plan.projects.ProjectNature;
import cn.gov.biyang.plan.projects.ProjectService;
import cn.gov.biyang.plan.projects.ReferenceData;
import cn.gov.biyang.plan.projects.UnitOption;
import cn.gov.biyang.plan.submission.DeliverableSummary;
import cn.gov.biyang.plan.submission.DocumentKind;
import cn.gov.biyang.plan.submission.SubmissionService;
import cn.gov.biyang.plan.submission.UploadReceipt;
import jakarta.persistence.EntityManager;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile only ({@code portal.demo.activity=true}): plausible activity up to the demo date, so that a first
 * visitor sees a living monitor. Everything goes through the real services, acting as the demo users: ten topic
 * reports uploaded and submitted (four accepted, three returned, one of those resubmitted as version 2), three special
 * plans' 编制工作方案 submitted, a late deliverable 十三五规划完成情况预测 added by the office and left unsubmitted, and
 * thirty projects in the library at every screening stage.
 *
 * <p>Marked as demo data: file names start with 【演示】, upload notes and the office's reason say 演示数据, projects'
 * 备注 is 【演示数据】. Runs once per database: it does nothing when any of these marks exists. All of it happens in
 * one transaction, so a failure leaves nothing half-made.
 *
 * <p>Dates: the services stamp with the application clock (the demo date, at the time of day of the start). To make
 * the history plausible, the timestamps of the rows created here (document versions, stored files, review rounds,
 * the late deliverable and its change record, projects and their history) are then moved by SQL onto working days
 * before the demo date. The audit log is append-only (hash chain, database trigger) and is left alone: it truthfully
 * records when the demo data was generated.
 */
@Component
@ConditionalOnProperty(name = "portal.demo.activity", havingValue = "true")
// after the catalogue (highest precedence), the default deliverables (5) and the demo accounts (10)
@Order(20)
class DemoActivityInitializer implements ApplicationRunner {

    static final String FILE_PREFIX = "【演示】";
    static final String NOTE = "演示数据";
    static final String PROJECT_MARK = "【演示数据】";
    static final String LATE_DELIVERABLE = "十三五规划完成情况预测";
    static final LocalDate LATE_DUE = LocalDate.of(2019, 12, 31);
    static final String OFFICE = "office";

    /**
     * Topic numbers whose 调研报告 is uploaded and submitted; the first four accepted, the next three returned. Topic 8
     * (县水利局) is left untouched for the README's walk-through and the browser journeys.
     */
    static final int[] TOPICS = {1, 3, 5, 9, 11, 14, 17, 20, 24, 28};
    static final int ACCEPTED = 4;
    static final int RETURNED = 3;
    /** Special plans (by number) whose 编制工作方案 is submitted. */
    static final int[] PLANS_WITH_WORK_PLAN = {2, 7, 14};
    static final String WORK_PLAN = "编制工作方案";
    static final String TOPIC_REPORT = "调研报告";

    private static final String[] RETURN_COMMENTS = {
            "报告对“十三五”主要指标完成情况分析不足，请补充2016—2019年数据对比，并提出“十四五”目标建议。",
            "调研范围仅限县城，请补充乡镇调研情况，问题分析与对策建议需对应。",
            "文中数据口径与县统计局不一致，请核对后修改，并注明数据来源。"};

    private static final Logger log = LoggerFactory.getLogger(DemoActivityInitializer.class);

    private final SubmissionService submissions;
    private final ProjectService projects;
    private final CatalogueService catalogue;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final EntityManager em;

    DemoActivityInitializer(SubmissionService submissions, ProjectService projects, CatalogueService catalogue,
                            UserDetailsService users, JdbcTemplate jdbc, TransactionTemplate tx, EntityManager em) {
        this.submissions = submissions;
        this.projects = projects;
        this.catalogue = catalogue;
        this.users = users;
        this.jdbc = jdbc;
        this.tx = tx;
        this.em = em;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (alreadyThere()) {
            log.info("Demo activity already present: nothing added");
            return;
        }
        if (catalogue.topics().isEmpty() || !userExists(OFFICE)) {
            log.info("No catalogue or no demo accounts: no demo activity");
            return;
        }
        tx.executeWithoutResult(s -> {
            topicReports();
            workPlans();
            lateDeliverable();
            projectLibrary();
        });
        log.info("Demo activity created (marked 演示数据)");
    }

    private boolean alreadyThere() {
        Boolean any = jdbc.queryForObject("""
                select exists (select 1 from document_version where note = ?)
                    or exists (select 1 from project where remarks = ?)
                    or exists (select 1 from deliverable_change where reason = ?)""",
                Boolean.class, NOTE, PROJECT_MARK, NOTE);
        return Boolean.TRUE.equals(any);
    }

    private boolean userExists(String username) {
        Integer n = jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, username);
        return n != null && n > 0;
    }

    // ------------------------------------------------------------------------------------------------ deliverables

    private void topicReports() {
        for (int i = 0; i < TOPICS.length; i++) {
            int number = TOPICS[i];
            Optional<WorkItemView> topic = item(WorkItemKind.TOPIC, number);
            if (topic.isEmpty() || topic.get().lead() == null || !userExists(topic.get().lead().code())) {
                continue;
            }
            WorkItemView item = topic.get();
            Long deliverableId = deliverable(item, TOPIC_REPORT);
            String liaison = item.lead().code();
            // uploads on 2020-01-06 … 2020-01-10, reviews two days later, the resubmission on 2020-01-14
            LocalDateTime uploaded = LocalDate.of(2020, 1, 6).plusDays(i / 2).atTime(9 + (i % 2) * 5, 10 + i * 3);
            String fileName = FILE_PREFIX + "课题" + number + "调研报告.docx";
            submit(liaison, deliverableId, fileName, docx(item.title() + "调研报告", item, 1), uploaded);
            if (i < ACCEPTED) {
                decide(deliverableId, 1, true, "报告内容详实，同意通过。", uploaded.plusDays(2).withHour(16));
            } else if (i < ACCEPTED + RETURNED) {
                int r = i - ACCEPTED;
                decide(deliverableId, 1, false, RETURN_COMMENTS[r], uploaded.plusDays(2).withHour(10));
                if (r == 0) {
                    submit(liaison, deliverableId, FILE_PREFIX + "课题" + number + "调研报告（修改稿）.docx",
                            docx(item.title() + "调研报告（修改稿）", item, 2), LocalDateTime.of(2020, 1, 14, 15, 20));
                }
            }
        }
    }

    private void workPlans() {
        for (int i = 0; i < PLANS_WITH_WORK_PLAN.length; i++) {
            Optional<WorkItemView> plan = item(WorkItemKind.SPECIAL_PLAN, PLANS_WITH_WORK_PLAN[i]);
            if (plan.isEmpty() || plan.get().lead() == null || !userExists(plan.get().lead().code())) {
                continue;
            }
            WorkItemView item = plan.get();
            Long deliverableId = deliverable(item, WORK_PLAN);
            submit(item.lead().code(), deliverableId, FILE_PREFIX + shortTitle(item) + "编制工作方案.docx",
                    docx(item.title() + "编制工作方案", item, 1), LocalDateTime.of(2020, 1, 8 + i * 2, 10, 30));
        }
    }

    /** Phase 1 of the notice asks for 预测“十三五”规划完成情况 by the end of 2019: the office adds it, still owed. */
    private void lateDeliverable() {
        Optional<WorkItemView> master = catalogue.allItems().stream()
                .filter(i -> i.kind() == WorkItemKind.MASTER_PLAN).findFirst();
        if (master.isEmpty()) {
            return;
        }
        Long id = as(OFFICE, () -> submissions.addDeliverable(master.get().id(), LATE_DELIVERABLE, LATE_DUE, NOTE));
        Timestamp at = at(LocalDateTime.of(2019, 12, 16, 9, 30));
        redate("update deliverable set created_at = ? where id = ?", at, id);
        redate("update deliverable_change set changed_at = ? where deliverable_id = ?", at, id);
    }

    private void submit(String liaison, Long deliverableId, String fileName, byte[] content, LocalDateTime when) {
        UploadReceipt receipt = as(liaison, () -> submissions.upload(deliverableId, DocumentKind.MAIN, null, fileName,
                NOTE, new ByteArrayInputStream(content)));
        int round = as(liaison, () -> submissions.submit(deliverableId));
        redate("update document_version set uploaded_at = ? where id = ?", at(when), receipt.documentId());
        redate("update stored_file set created_at = ? where id::text = "
                + "(select storage_key from document_version where id = ?)", at(when), receipt.documentId());
        redate("update review_round set submitted_at = ? where deliverable_id = ? and round_no = ?",
                at(when.plusMinutes(12)), deliverableId, round);
    }

    private void decide(Long deliverableId, int round, boolean accept, String comment, LocalDateTime when) {
        as(OFFICE, () -> {
            if (accept) {
                submissions.accept(deliverableId, round, comment);
            } else {
                submissions.returnForRevision(deliverableId, round, comment);
            }
            return null;
        });
        redate("update review_round set decided_at = ? where deliverable_id = ? and round_no = ?",
                at(when), deliverableId, round);
    }

    private Optional<WorkItemView> item(WorkItemKind kind, int number) {
        return catalogue.allItems().stream().filter(i -> i.kind() == kind && i.number() == number).findFirst();
    }

    private Long deliverable(WorkItemView item, String name) {
        return as(OFFICE, () -> submissions.deliverablesOf(item.id())).stream()
                .filter(d -> !d.removed() && d.name().equals(name)).map(DeliverableSummary::id).findFirst()
                .orElseThrow(() -> new IllegalStateException(item.title() + " has no deliverable " + name));
    }

    private static String shortTitle(WorkItemView item) {
        return item.title().replace("泌阳县", "").replace("“十四五”", "");
    }

    /** A small real Word document (distinct per item and version), clearly marked as demo data. */
    static byte[] docx(String title, WorkItemView item, int version) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(doc, title, true);
            paragraph(doc, "【演示数据】本文件由演示环境自动生成，不是真实材料。", false);
            paragraph(doc, "牵头单位：" + (item.lead() == null ? "" : item.lead().name()) + "　版本：第" + version + "版", false);
            paragraph(doc, "一、“十三五”时期发展回顾", true);
            paragraph(doc, "“十三五”以来，全县主要经济指标保持平稳增长，" + shortTitle(item) + "相关工作取得积极进展。", false);
            paragraph(doc, "二、存在的主要问题", true);
            paragraph(doc, "发展不平衡不充分问题仍较突出，要素保障和项目支撑有待加强。", false);
            paragraph(doc, "三、“十四五”发展思路与重点任务", true);
            paragraph(doc, "坚持新发展理念，围绕高质量发展，谋划一批重大项目、重大政策和重大改革举措。", false);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setText(text);
    }

    // ------------------------------------------------------------------------------------------------ projects

    /** unit code, project name, domain, total investment (万元), place (township code; null: own township or 全县), plan. */
    record DemoProject(String unit, String name, String domain, int total, String place, String plan) {
    }

    static final List<DemoProject> PROJECTS = List.of(
            new DemoProject("huayuan", "花园街道棚户区改造安置房项目", "社会民生", 8600, null, "城镇化"),
            new DemoProject("bishui", "泌水街道城市更新及背街小巷提升工程", "基础设施", 12000, null, "城镇化"),
            new DemoProject("gucheng", "古城街道历史文化街区保护利用项目", "产业", 15000, null, "旅游"),
            new DemoProject("yangce", "羊册镇高标准农田建设项目", "乡村振兴", 6800, null, "农业"),
            new DemoProject("taishanmiao", "泰山庙镇食用菌产业园建设项目", "产业", 9500, null, "食用菌"),
            new DemoProject("huangshankou", "黄山口乡美丽乡村示范带项目", "乡村振兴", 4200, null, "乡村振兴"),
            new DemoProject("guanzhuang", "官庄镇农村饮水安全巩固提升工程", "基础设施", 3600, null, "水利"),
            new DemoProject("shewan", "赊湾镇夏南牛标准化养殖基地项目", "产业", 7800, null, "畜牧"),
            new DemoProject("guoji", "郭集镇农产品冷链物流中心项目", "产业", 5200, null, "商务"),
            new DemoProject("yangce", "羊册镇污水处理厂及配套管网工程", "生态环保", 4800, null, "环境"),
            new DemoProject("taishanmiao", "泰山庙镇乡村旅游服务中心项目", "产业", 3000, null, "旅游"),
            new DemoProject("huayuan", "花园街道社区养老服务中心建设项目", "社会民生", 2600, null, "养老"),
            new DemoProject("shuili", "泌阳河综合治理工程", "基础设施", 36000, null, "水利"),
            new DemoProject("shuili", "宋家场水库除险加固工程", "基础设施", 18000, "huangshankou", "水利"),
            new DemoProject("shuili", "县城第二水厂扩建工程", "基础设施", 22000, "bishui", "水利"),
            new DemoProject("jiaotong", "国道345泌阳段改建工程", "基础设施", 98000, null, "交通"),
            new DemoProject("jiaotong", "县乡道路提档升级工程", "基础设施", 45000, null, "交通"),
            new DemoProject("jiaotong", "泌阳县城乡公交一体化建设项目", "基础设施", 8000, null, "交通"),
            new DemoProject("nongye", "全县高效节水灌溉工程", "乡村振兴", 26000, null, "农业"),
            new DemoProject("nongye", "农产品质量安全检测中心项目", "产业", 3200, "huayuan", "农业"),
            new DemoProject("kegongxin", "产业集聚区标准化厂房建设项目", "产业", 30000, "gucheng", "工业"),
            new DemoProject("kegongxin", "5G网络覆盖及信息基础设施建设项目", "科技创新", 16000, null, "信息智能"),
            new DemoProject("zhujian", "县城集中供热工程", "基础设施", 28000, null, "城镇化"),
            new DemoProject("zhujian", "城市地下综合管廊及雨污分流改造工程", "基础设施", 52000, null, "城镇化"),
            new DemoProject("jiaoyu", "县城新建第三高级中学项目", "社会民生", 24000, "bishui", "教育"),
            new DemoProject("jiaoyu", "农村义务教育薄弱学校改造项目", "社会民生", 9000, null, "教育"),
            new DemoProject("weijian", "县人民医院新院区建设项目", "社会民生", 60000, "huayuan", "卫生"),
            new DemoProject("weijian", "乡镇卫生院能力提升工程", "社会民生", 7500, null, "卫生"),
            new DemoProject("linye", "铜山国家森林公园生态保护修复项目", "生态环保", 11000, null, "林业"),
            new DemoProject("wenguanglv", "盘古山景区提质升级项目", "产业", 20000, null, "旅游"));

    private void projectLibrary() {
        ReferenceData ref = as(OFFICE, projects::referenceData);
        long[] ids = new long[PROJECTS.size()];
        for (int i = 0; i < PROJECTS.size(); i++) {
            DemoProject p = PROJECTS.get(i);
            Optional<UnitOption> unit = unit(ref, p.unit());
            if (unit.isEmpty() || !userExists(p.unit())) {
                ids[i] = -1;
                continue;
            }
            ProjectInput input = input(ref, unit.get(), p, i);
            ids[i] = as(p.unit(), () -> projects.create(input));
            if (i < 24) {
                long id = ids[i];
                as(p.unit(), () -> {
                    projects.submit(id);
                    return null;
                });
            }
        }
        // The office screens: 0–5 入库, 6–9 论证中, 10–13 初筛通过, 14 退回, 15 不予入库, 16–23 待初筛, 24–29 草稿
        as(OFFICE, () -> {
            for (int i = 0; i < 16; i++) {
                long id = ids[i];
                if (id < 0) {
                    continue;
                }
                if (i == 14) {
                    projects.returnForChanges(id, "投资估算依据不足，请补充资金来源说明和前期工作进展。");
                } else if (i == 15) {
                    projects.reject(id, "项目与县城总体规划布局不符，且与已入库项目重复，不予入库。");
                } else {
                    projects.screen(id);
                    if (i < 10) {
                        projects.startArgument(id);
                    }
                    if (i < 6) {
                        projects.include(id);
                    }
                }
            }
            return null;
        });
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] >= 0) {
                backdateProject(ids[i], i);
            }
        }
    }

    private static final Map<String, LocalDateTime> OFFICE_STEP_DAY = Map.of(
            "SCREENED", LocalDateTime.of(2020, 1, 9, 9, 30),
            "RETURNED", LocalDateTime.of(2020, 1, 9, 11, 0),
            "REJECTED", LocalDateTime.of(2020, 1, 9, 11, 0),
            "ARGUMENT_STARTED", LocalDateTime.of(2020, 1, 10, 15, 0),
            "INCLUDED", LocalDateTime.of(2020, 1, 14, 10, 0));

    /** Created on 2020-01-02 … 2020-01-08 and submitted the same day; the office's steps on 01-09, 01-10 and 01-14. */
    private void backdateProject(long id, int i) {
        LocalDateTime created = LocalDate.of(2020, 1, 2).plusDays(i % 7).atTime(9 + i % 8, (i * 7) % 60);
        LocalDateTime last = created;
        List<Map<String, Object>> events = jdbc.queryForList(
                "select id, action from project_event where project_id = ? order by id", id);
        for (Map<String, Object> e : events) {
            String action = String.valueOf(e.get("action"));
            LocalDateTime when = switch (action) {
                case "CREATED" -> created;
                case "SUBMITTED" -> created.plusMinutes(25);
                default -> OFFICE_STEP_DAY.getOrDefault(action, last.plusMinutes(5)).plusMinutes(i * 3L);
            };
            last = when;
            redate("update project_event set occurred_at = ? where id = ?", at(when), e.get("id"));
        }
        redate("update project set created_at = ?, updated_at = ? where id = ?", at(created), at(last), id);
    }

    private static ProjectInput input(ReferenceData ref, UnitOption unit, DemoProject p, int i) {
        Long place = p.place() != null ? unit(ref, p.place()).map(UnitOption::id).orElse(null)
                : unit.township() ? unit.id() : null;
        BigDecimal total = BigDecimal.valueOf(p.total());
        BigDecimal county = total.multiply(new BigDecimal("0.3")).setScale(0, RoundingMode.HALF_UP);
        BigDecimal province = total.multiply(new BigDecimal("0.2")).setScale(0, RoundingMode.HALF_UP);
        BigDecimal self = total.subtract(county).subtract(province);
        int start = 2021 + i % 2;
        int end = Math.min(2025, start + 1 + i % 3);
        return ProjectInput.builder().name(p.name()).applicantUnitId(unit.id())
                .legalEntity(unit.name()).contactPerson("演示联系人").contactPhone("0396-79" + String.format("%05d", 10000 + i * 37))
                .domainId(domain(ref, p.domain())).nature(i % 5 == 0 ? ProjectNature.EXPANSION : ProjectNature.NEW)
                .locationUnitId(place).scaleContent("【演示数据】" + p.name() + "，主要建设内容及规模详见项目建议书。")
                .totalInvestment(total).fund(ProjectField.FUND_PROVINCE, province)
                .fund(ProjectField.FUND_COUNTY, county).fund(ProjectField.FUND_SELF, self)
                .periodInvestment(total.multiply(new BigDecimal("0.9")).setScale(0, RoundingMode.HALF_UP))
                .startYear(start).endYear(end).progress("已完成项目建议书编制")
                .planIds(plan(ref, p.plan())).remarks(PROJECT_MARK).build();
    }

    private static Optional<UnitOption> unit(ReferenceData ref, String code) {
        return ref.units().stream().filter(u -> u.code().equals(code)).findFirst();
    }

    private static Long domain(ReferenceData ref, String name) {
        return ref.domainNamed(name).map(DomainRef::id)
                .orElseGet(() -> ref.activeDomains().get(0).id());
    }

    private static Set<Long> plan(ReferenceData ref, String keyword) {
        return ref.plans().stream().filter(p -> p.title().contains(keyword)).findFirst()
                .or(() -> ref.plans().stream().filter(p -> p.title().contains("重点项目")).findFirst())
                .map(PlanOption::id).map(Set::of).orElse(Set.of());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Runs the action as the demo user, as if signed in; the security context is cleared afterwards. */
    private <T> T as(String username, Supplier<T> action) {
        UserDetails details = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * Moves a timestamp written by a service. The services' changes are flushed first, so the update applies to the
     * rows as the services left them; the persistence context is then cleared, so that no later change of the same
     * entity (a round's decision after its submission) writes the old timestamp back.
     */
    private void redate(String sql, Object... args) {
        em.flush();
        jdbc.update(sql, args);
        em.clear();
    }

    private static Timestamp at(LocalDateTime local) {
        OffsetDateTime t = local.atZone(ClockConfiguration.ZONE).toOffsetDateTime();
        return Timestamp.from(t.toInstant());
    }
}
