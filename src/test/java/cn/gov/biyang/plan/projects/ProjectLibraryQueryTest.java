package cn.gov.biyang.plan.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import cn.gov.biyang.plan.support.PortalTest;
import cn.gov.biyang.plan.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Filters, the totals line, the summaries and the duplicate flags of the library list. */
@PortalTest
class ProjectLibraryQueryTest {

    @Autowired
    ProjectService projects;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    ReferenceData ref;
    long road;
    long school;
    long water;
    long housing;

    @BeforeEach
    void library() {
        ProjectFixtures.clearLibrary(jdbc);
        TestUsers.actAs(users, "office");
        ref = projects.referenceData();
        road = projects.create(ProjectFixtures.valid(ref, "jiaotong", "县城至羊册镇公路改建工程").locationUnitId(null)
                .totalInvestment(new BigDecimal("30000")).funding(new Funding(new BigDecimal("20000"), null, null,
                        new BigDecimal("10000"), null, null)).periodInvestment(new BigDecimal("25000"))
                .startYear(2022).endYear(2025).planIds(Set.of(ProjectFixtures.plan(ref, 13))).build());
        school = projects.create(ProjectFixtures.valid(ref, "jiaoyu", "泌阳县第二高级中学扩建项目")
                .domainId(ProjectFixtures.domain(ref, "社会民生")).locationUnitId(ProjectFixtures.unit(ref, "gucheng")
                        .id()).nature(ProjectNature.EXPANSION).startYear(2019).endYear(2021)
                .planIds(Set.of(ProjectFixtures.plan(ref, 21))).build());
        water = projects.create(ProjectFixtures.valid(ref, "shuili", "羊册镇污水处理厂建设项目").code("2006-411726-04-01-512345")
                .domainId(ProjectFixtures.domain(ref, "生态环保")).build());
        housing = projects.create(ProjectFixtures.valid(ref, "huayuan", "花园街道老旧小区改造项目")
                .domainId(ProjectFixtures.domain(ref, "社会民生")).startYear(2026).endYear(2027)
                .periodInvestment(BigDecimal.ZERO).build());
        projects.submit(housing);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    List<Long> ids(ProjectFilter filter) {
        return projects.page(filter, 0, 100, List.of(new SortKey("name", false))).stream().map(ProjectRow::id)
                .toList();
    }

    @Test
    void everyFilterNarrowsTheListAndTheTotalsFollowIt() {
        assertThat(projects.count(ProjectFilter.all())).isEqualTo(4);
        ProjectTotals all = projects.totals(ProjectFilter.all());
        assertThat(all.count()).isEqualTo(4);
        assertThat(all.totalInvestment()).isEqualByComparingTo("33000");
        assertThat(all.periodInvestment()).isEqualByComparingTo("26600");

        Long social = ProjectFixtures.domain(ref, "社会民生");
        assertThat(ids(ProjectFilter.all().withDomain(social))).containsExactlyInAnyOrder(school, housing);
        assertThat(projects.totals(ProjectFilter.all().withDomain(social)).totalInvestment())
                .isEqualByComparingTo("2000");
        assertThat(ids(ProjectFilter.all().withApplicant(ProjectFixtures.unit(ref, "shuili").id())))
                .containsExactly(water);
        assertThat(ids(ProjectFilter.all().withLocation(ProjectFixtures.unit(ref, "yangce").id())))
                .containsExactly(water);
        assertThat(ids(ProjectFilter.all().withStatus(ProjectStatus.SUBMITTED))).containsExactly(housing);
        assertThat(ids(ProjectFilter.all().withPlan(ProjectFixtures.plan(ref, 6))))
                .containsExactlyInAnyOrder(water, housing);
        assertThat(ids(ProjectFilter.all().withTotalBetween(new BigDecimal("1000"), new BigDecimal("1000"))))
                .hasSize(3).doesNotContain(road);
        assertThat(ids(ProjectFilter.all().withTotalBetween(new BigDecimal("10000"), null))).containsExactly(road);
        // under construction at some time in 2021—2025
        assertThat(ids(ProjectFilter.all().withYears(2021, 2025))).containsExactlyInAnyOrder(road, school, water);
        assertThat(ids(ProjectFilter.all().withYears(2026, null))).containsExactly(housing);
        assertThat(ids(ProjectFilter.all().withText("污水"))).containsExactly(water);
        assertThat(ids(ProjectFilter.all().withText("2006-411726"))).containsExactly(water);
        assertThat(ids(ProjectFilter.all().withText("100%"))).isEmpty();
        assertThat(projects.totals(ProjectFilter.all().withText("没有这个项目")))
                .isEqualTo(new ProjectTotals(0, new BigDecimal("0.00"), new BigDecimal("0.00")));
    }

    @Test
    void pagesAreOrderedAndDoNotOverlap() {
        List<ProjectRow> byTotal = projects.page(ProjectFilter.all(), 0, 10, List.of(new SortKey("total", true)));
        assertThat(byTotal.getFirst().id()).isEqualTo(road);
        List<ProjectRow> first = projects.page(ProjectFilter.all(), 0, 2, List.of(new SortKey("total", true)));
        List<ProjectRow> second = projects.page(ProjectFilter.all(), 2, 2, List.of(new SortKey("total", true)));
        assertThat(first).extracting(ProjectRow::id).doesNotContainAnyElementsOf(
                second.stream().map(ProjectRow::id).toList());
        assertThat(projects.page(ProjectFilter.all(), 0, 10, List.of(new SortKey("status; drop table project", true))))
                .hasSize(4);
    }

    @Test
    void summariesByDomainTownshipAndStatusAddUpToTheTotals() {
        assertThat(projects.summaryByDomain(ProjectFilter.all())).extracting(SummaryRow::label, SummaryRow::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("基础设施", 1L),
                        org.assertj.core.groups.Tuple.tuple("生态环保", 1L),
                        org.assertj.core.groups.Tuple.tuple("社会民生", 2L));
        List<SummaryRow> byTownship = projects.summaryByTownship(ProjectFilter.all());
        assertThat(byTownship).extracting(SummaryRow::label).containsExactly("花园街道", "古城街道", "羊册镇", "全县");
        assertThat(byTownship.getLast().totalInvestment()).isEqualByComparingTo("30000");
        assertThat(projects.summaryByStatus(ProjectFilter.all())).extracting(SummaryRow::label, SummaryRow::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("草稿", 3L),
                        org.assertj.core.groups.Tuple.tuple("待初筛", 1L));
        BigDecimal sum = byTownship.stream().map(SummaryRow::totalInvestment).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(projects.totals(ProjectFilter.all()).totalInvestment());
        // summaries follow the filter
        assertThat(projects.summaryByStatus(ProjectFilter.all().withStatus(ProjectStatus.SUBMITTED))).hasSize(1);
    }

    @Test
    void aLiaisonSeesOnlyTheirUnitsProjects() {
        TestUsers.actAs(users, "huayuan");
        assertThat(ids(ProjectFilter.all())).containsExactly(housing);
        assertThat(projects.totals(ProjectFilter.all()).count()).isEqualTo(1);
        assertThat(ids(ProjectFilter.all().withApplicant(ProjectFixtures.unit(ref, "shuili").id()))).isEmpty();
        assertThat(projects.summaryByDomain(ProjectFilter.all())).hasSize(1);
    }

    @Test
    void theSameOrAVerySimilarNameInTheSamePlaceIsFlaggedForTheOffice() {
        long same = projects.create(ProjectFixtures.valid(ref, "yangce", "羊册镇污水处理厂建设工程").build());
        long similar = projects.create(ProjectFixtures.valid(ref, "huanbao", "泌阳县羊册镇污水处理厂新建项目").build());
        long different = projects.create(ProjectFixtures.valid(ref, "yangce", "羊册镇污水处理厂提标改造项目").build());
        long elsewhere = projects.create(ProjectFixtures.valid(ref, "guoji", "郭集镇污水处理厂建设项目").build());

        assertThat(ids(ProjectFilter.all().withDuplicatesOnly(true))).containsExactlyInAnyOrder(water, same, similar);
        assertThat(projects.detail(water).similar()).extracting(SimilarProject::id)
                .containsExactlyInAnyOrder(same, similar);
        assertThat(projects.detail(different).similar()).isEmpty();
        assertThat(projects.detail(elsewhere).similar()).isEmpty();

        // renaming one clears its flags on both sides
        ProjectDetail detail = projects.detail(same);
        projects.update(same, detail.version(), detail.input().toBuilder().name("羊册镇垃圾中转站建设项目").build());
        assertThat(projects.detail(water).similar()).extracting(SimilarProject::id).containsExactly(similar);

        TestUsers.actAs(users, "yangce");
        assertThat(projects.detail(different).similar()).isEmpty();
    }

    @Test
    void nameSimilarityIgnoresWhatNamesInOnePlaceShare() {
        List<String> yangce = List.of("羊册镇", "羊册");
        assertThat(NameSimilarity.normalize("泌阳县羊册镇 污水处理厂（一期）建设项目", yangce)).isEqualTo("污水处理厂一期");
        assertThat(NameSimilarity.similar(NameSimilarity.normalize("花园街道老旧小区改造项目", List.of("花园街道")),
                NameSimilarity.normalize("花园街道老旧小区改造工程", List.of("花园街道")))).isTrue();
        assertThat(NameSimilarity.similar("污水处理厂建设", "污水处理厂提标改造")).isFalse();
        assertThat(NameSimilarity.similar("农村公路提质改造", "农村公路提质改造一期")).isTrue();
        assertThat(NameSimilarity.similar("县道X012提质改造", "县道X013提质改造")).isFalse();
    }
}
