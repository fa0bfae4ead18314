package cn.gov.biyang.plan.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import cn.gov.biyang.plan.organization.LeadershipGroup;
import cn.gov.biyang.plan.organization.LeadershipMember;
import cn.gov.biyang.plan.organization.LeadershipRole;
import cn.gov.biyang.plan.organization.OrganizationService;
import cn.gov.biyang.plan.organization.Unit;
import cn.gov.biyang.plan.organization.UnitKind;
import cn.gov.biyang.plan.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The catalogue in the database matches notice 泌政办〔2019〕95号 and its attachments. */
@PortalTest
class CatalogueTest {

    @Autowired
    CatalogueService catalogue;
    @Autowired
    OrganizationService organization;
    @Autowired
    CatalogueImporter importer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void cycleIsTheNotice() {
        CycleView cycle = catalogue.currentCycle().orElseThrow();
        assertThat(cycle.documentNumber()).isEqualTo("泌政办〔2019〕95号");
        assertThat(cycle.issuedOn()).isEqualTo(LocalDate.of(2019, 11, 5));
        assertThat(cycle.issuer()).isEqualTo("泌阳县人民政府办公室");
        assertThat(cycle.noticeTitle()).contains("关于组织开展全县“十四五”规划编制工作的通知");
        assertThat(cycle.topicReportDue()).isEqualTo(LocalDate.of(2020, 1, 31));
    }

    @Test
    void thirtyThreeTopicsAndTwentySevenPlans() {
        List<WorkItemView> topics = catalogue.topics();
        assertThat(topics).hasSize(33);
        assertThat(topics).extracting(WorkItemView::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 33).boxed().toList());
        assertThat(topics).allSatisfy(t -> {
            assertThat(t.dueOn()).isEqualTo(LocalDate.of(2020, 1, 31));
            assertThat(t.scope()).isNotBlank().doesNotContain(" and ");
            assertThat(t.title()).startsWith("泌阳县“十四五”").doesNotEndWith("。").doesNotContain("#", "*");
        });

        List<WorkItemView> plans = catalogue.plans();
        assertThat(plans).hasSize(27);
        assertThat(plans).filteredOn(p -> p.kind() == WorkItemKind.MASTER_PLAN).singleElement()
                .satisfies(master -> {
                    assertThat(master.title()).isEqualTo("泌阳县国民经济和社会发展第十四个五年规划纲要");
                    assertThat(master.lead().name()).isEqualTo("县发改委");
                    assertThat(master.supporting()).isEmpty();
                    assertThat(master.supportingNote()).isEqualTo("各单位配合");
                });
        assertThat(plans).filteredOn(p -> p.kind() == WorkItemKind.SPECIAL_PLAN).hasSize(26)
                .extracting(WorkItemView::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 26).boxed().toList());
    }

    @Test
    void sampleTitlesAndUnitsAsInTheNotice() {
        WorkItemView t1 = topic(1);
        assertThat(t1.title()).isEqualTo("泌阳县“十四五”规划基本思路研究");
        assertThat(t1.lead().name()).isEqualTo("县发改委");
        assertThat(names(t1.supporting())).containsExactly("县统计局");
        assertThat(t1.scope()).startsWith("分析我县经济社会发展基础和存在的不足");

        // heading split over a page break in the source
        assertThat(topic(6).title()).isEqualTo("泌阳县“十四五”时期推进数字经济发展、建设智慧城市的思路和重点举措研究");
        assertThat(topic(6).lead().name()).isEqualTo("县政务服务和大数据管理局");

        WorkItemView t5 = topic(5);
        assertThat(names(t5.supporting())).containsExactly("县统计局", "县商务局", "县商务中心区管委会");

        WorkItemView t8 = topic(8);
        assertThat(t8.title()).isEqualTo("泌阳县“十四五”时期水利高质量发展及建设重大水利基础设施思路研究");
        assertThat(t8.lead().name()).isEqualTo("县水利局");
        assertThat(t8.supporting()).isEmpty();

        // "and" of the print conversion restored to 和
        assertThat(topic(2).scope()).contains("内外挑战和突出问题");

        WorkItemView plan3 = catalogue.plan(3).orElseThrow();
        assertThat(plan3.title()).isEqualTo("泌阳县“十四五”战略性新兴产业暨信息智能产业发展规划");
        assertThat(plan3.lead().name()).isEqualTo("县科工信局");
        assertThat(names(plan3.supporting())).containsExactly("县产业集聚区管委会", "县政务服务和大数据管理局");

        WorkItemView plan1 = catalogue.plan(1).orElseThrow();
        assertThat(plan1.title()).isEqualTo("泌阳县“十四五”现代农业发展规划");
        assertThat(plan1.lead().name()).isEqualTo("县农业农村局");
        assertThat(names(plan1.supporting())).containsExactly("县林业局", "县水利局", "县畜牧技术中心", "县食用菌技术中心");

        assertThat(catalogue.plan(26).orElseThrow().title()).isEqualTo("泌阳县“十四五”重点项目建设规划");
        assertThat(catalogue.plan(6).orElseThrow().title()).isEqualTo("泌阳县“十四五”水利发展规划");
    }

    @Test
    void topic15HasTheTenSupportingUnitsOfTheNoticeInOrder() {
        WorkItemView t15 = topic(15);
        assertThat(t15.title()).isEqualTo("泌阳县“十四五”时期优化营商环境的思路和重点举措研究");
        assertThat(t15.lead().name()).isEqualTo("县市场监管局");
        // The notice lists ten units; the last one is split over a page break ("县" / "不动产登记服务中心配合").
        assertThat(names(t15.supporting())).containsExactly("县自然资源局", "县住建局", "县环保局", "县税务局", "县科工信局",
                "县商务局", "县人力资源社会保障局", "县产业集聚区管委会", "县商务中心区管委会", "县不动产登记服务中心");
    }

    @Test
    void topic18IsLedByThePeoplesBankWithTwoSupportingUnits() {
        WorkItemView t18 = topic(18);
        assertThat(t18.title()).isEqualTo("泌阳县“十四五”时期金融支撑经济高质量发展研究");
        assertThat(t18.lead().name()).isEqualTo("县人行");
        assertThat(names(t18.supporting())).containsExactly("县金融工作局", "市银保监分局泌阳办事处");
    }

    @Test
    void shuiliLeadsTopic8AndPlan6AndSupportsPlan1Only() {
        UnitRef shuili = catalogue.unitByCode("shuili").orElseThrow();
        assertThat(shuili.name()).isEqualTo("县水利局");
        UnitWork work = catalogue.workOf(shuili);
        assertThat(work.lead()).extracting(WorkItemView::reference).containsExactly("课题8", "专项规划6");
        assertThat(work.supporting()).extracting(WorkItemView::reference).containsExactly("专项规划1");
    }

    @Test
    void everyUnitOnceWithItsOtherSpellingsAsAliases() {
        assertThat(organization.byAnyName("县发展改革委")).map(Unit::getName).contains("县发改委");
        assertThat(organization.byAnyName("县住房城乡建设局")).map(Unit::getName).contains("县住建局");
        assertThat(organization.byAnyName("县住房和城乡建设局")).map(Unit::getName).contains("县住建局");
        assertThat(organization.byAnyName("县文化广电和旅游局")).map(Unit::getName).contains("县文化广电旅游局");
        assertThat(organization.byAnyName("县科技和工业信息化局")).map(Unit::getName).contains("县科工信局");
        assertThat(organization.byAnyName("县卫生健康体育委员会")).map(Unit::getName).contains("县卫健体委");
        assertThat(organization.byAnyName("县 水利局")).map(Unit::getName).contains("县水利局");

        // topics 27 and 29 write 县卫生健康体育委员会; both resolve to the one unit
        assertThat(topic(27).lead().id()).isEqualTo(topic(29).lead().id());
        // topics 12 and 30 write the housing bureau two ways
        assertThat(topic(12).lead().id()).isEqualTo(topic(30).lead().id());

        Integer duplicates = jdbc.queryForObject(
                "select count(*) from unit u join unit_alias a on a.alias = u.name", Integer.class);
        assertThat(duplicates).isZero();
    }

    @Test
    void twentyTwoTownshipsAndSubDistricts() {
        List<Unit> townships = organization.allUnits().stream().filter(u -> u.getKind().isTownshipLevel()).toList();
        assertThat(townships).hasSize(22);
        assertThat(townships).filteredOn(u -> u.getKind() == UnitKind.SUB_DISTRICT).extracting(Unit::getName)
                .containsExactlyInAnyOrder("花园街道", "泌水街道", "古城街道");
        assertThat(organization.byAnyName("羊册")).isPresent();
        assertThat(organization.byAnyName("付庄")).isPresent();
    }

    @Test
    void fivePhasesAndTheCurrentOneOnTheDemoDate() {
        List<PhaseView> phases = catalogue.phases();
        assertThat(phases).extracting(PhaseView::name).containsExactly("第一阶段", "第二阶段", "第三阶段", "第四阶段", "第五阶段");
        assertThat(phases.get(0).endsOn()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(phases.get(1).endsOn()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(phases.get(2).endsOn()).isEqualTo(LocalDate.of(2020, 6, 30));
        assertThat(phases.get(3).endsOn()).isEqualTo(LocalDate.of(2020, 9, 30));
        assertThat(phases.get(1).work()).startsWith("形成“十四五”重点课题研究成果");
        // demo date 2020-01-15
        assertThat(catalogue.today()).isEqualTo(LocalDate.of(2020, 1, 15));
        assertThat(catalogue.currentPhase()).map(PhaseView::number).contains(2);
        assertThat(catalogue.nextDeadline()).hasValueSatisfying(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2020, 1, 31));
            assertThat(d.daysLeft()).isEqualTo(16);
        });
    }

    @Test
    void leadershipGroupOfAnnex1() {
        LeadershipGroup group = organization.currentLeadershipGroup().orElseThrow();
        List<LeadershipMember> members = group.getMembers();
        assertThat(members).filteredOn(m -> m.getRole() == LeadershipRole.LEADER).singleElement()
                .satisfies(m -> {
                    assertThat(m.getName()).isEqualTo("陈东");
                    assertThat(m.getPosition()).isEqualTo("县委常委、县政府常务副县长");
                });
        assertThat(members).filteredOn(m -> m.getRole() == LeadershipRole.DEPUTY).extracting(LeadershipMember::getName)
                .containsExactly("朱晓东", "王庆怀", "王兵", "侯杰", "李慧阳", "安生", "宋本奎", "吴方照");
        List<LeadershipMember> plain = members.stream().filter(m -> m.getRole() == LeadershipRole.MEMBER).toList();
        assertThat(plain).hasSize(33);
        assertThat(plain.getFirst().getName()).isEqualTo("陈国强");
        assertThat(plain.getLast().getName()).isEqualTo("白中华");
        assertThat(plain).anySatisfy(m -> {
            assertThat(m.getName()).isEqualTo("禹建功");
            assertThat(m.getPosition()).isEqualTo("县水利局局长");
            assertThat(m.getUnit().getCode()).isEqualTo("shuili");
        });
        assertThat(group.getOfficeUnit().getName()).isEqualTo("县发改委");
        assertThat(group.getOfficeDirector()).isEqualTo("白中华");
    }

    @Test
    void filtersByUnitAndText() {
        Long shuili = catalogue.unitByCode("shuili").orElseThrow().id();
        assertThat(catalogue.search(EnumSet.of(WorkItemKind.TOPIC), shuili, null)).extracting(WorkItemView::number)
                .containsExactly(8);
        assertThat(catalogue.search(EnumSet.of(WorkItemKind.TOPIC), null, "营商环境")).extracting(WorkItemView::number)
                .containsExactly(15);
        assertThat(catalogue.search(EnumSet.of(WorkItemKind.SPECIAL_PLAN), shuili, "")).extracting(WorkItemView::number)
                .containsExactly(1, 6);
    }

    @Test
    void loadingAgainDuplicatesNothing() {
        long units = organization.allUnits().size();
        long items = catalogue.allItems().size();
        boolean loaded = importer.importIfAbsent(new ClassPathResource("catalogue/shisiwu-catalogue.yaml"));
        assertThat(loaded).isFalse();
        assertThat(organization.allUnits()).hasSize((int) units);
        assertThat(catalogue.allItems()).hasSize((int) items);
        assertThat(jdbc.queryForObject("select count(*) from planning_cycle", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from leadership_member", Integer.class)).isEqualTo(42);
    }

    private WorkItemView topic(int number) {
        return catalogue.item(WorkItemKind.TOPIC, number).orElseThrow();
    }

    private static List<String> names(List<UnitRef> units) {
        return units.stream().map(UnitRef::name).toList();
    }
}
