package cn.gov.biyang.plan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.gov.biyang.plan.support.MutableClock;
import cn.gov.biyang.plan.support.TestUsers;
import cn.gov.biyang.plan.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * The monitor's colours and counts follow the documented rule exactly, with a fixed clock and known statuses.
 * Phase 2 (2020-01-01 – 02-29) holds the 33 topic reports (due 01-31), the 26 special plans' 编制工作方案 and the master
 * outline's 基本思路 (both due 02-29).
 */
@PortalTest
@TestPropertySource(properties = "portal.scheduling.enabled=false")
class MonitoringTest {

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock monitoringClock() {
            return new MutableClock(LocalDateTime.of(2020, 1, 25, 10, 0));
        }
    }

    @Autowired MonitoringService monitoring;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;

    @BeforeEach
    void knownData() {
        jdbc.update("update deliverable set status = 'NOT_SUBMITTED', current_round = 0");
        setTopicReport(8, "ACCEPTED", 1);   // 县水利局
        setTopicReport(1, "SUBMITTED", 1);  // 县发改委
        setTopicReport(2, "RETURNED", 1);   // 县科工信局
        TestUsers.actAs(users, "office");
    }

    @AfterEach
    void logout() {
        TestUsers.signOut();
    }

    private void setTopicReport(int topic, String status, int round) {
        jdbc.update("""
                update deliverable set status = ?, current_round = ? where work_item_id =
                  (select id from work_item where kind = 'TOPIC' and number = ?)""", status, round, topic);
    }

    private static MatrixCell cell(Matrix m, String unit, String reference, String deliverable) {
        return m.rows().stream().filter(r -> r.unitName().equals(unit)).findFirst().orElseThrow().cells().stream()
                .filter(c -> c.itemReference().equals(reference) && c.deliverableName().equals(deliverable))
                .findFirst().orElseThrow();
    }

    private static MatrixRow row(Matrix m, String unit) {
        return m.rows().stream().filter(r -> r.unitName().equals(unit)).findFirst().orElseThrow();
    }

    @Test
    void sixDaysBeforeTheReportDeadline() {
        clock.set(LocalDateTime.of(2020, 1, 25, 10, 0));
        Matrix m = monitoring.matrix(2);
        assertThat(m.columns()).containsExactly("调研报告", "基本思路", "编制工作方案");
        assertThat(cell(m, "县水利局", "课题8", "调研报告").colour()).as("accepted").isEqualTo(Colour.GREEN);
        assertThat(cell(m, "县发改委", "课题1", "调研报告").colour()).as("submitted, waiting").isEqualTo(Colour.GREEN);
        assertThat(cell(m, "县科工信局", "课题2", "调研报告").colour()).as("returned").isEqualTo(Colour.AMBER);
        assertThat(cell(m, "县科工信局", "课题3", "调研报告").colour()).as("due in 6 days").isEqualTo(Colour.AMBER);
        assertThat(cell(m, "县水利局", "专项规划6", "编制工作方案").colour()).as("due in 35 days").isEqualTo(Colour.GREEN);
        assertThat(m.rows().stream().mapToInt(MatrixRow::red).sum()).isZero();
        // 33 reports: 1 accepted + 1 submitted green, 31 amber; 27 plan documents green
        assertThat(m.rows().stream().mapToInt(MatrixRow::amber).sum()).isEqualTo(31);
        assertThat(m.rows().stream().mapToInt(MatrixRow::green).sum()).isEqualTo(29);
        assertThat(m.redUnitIds()).isEmpty();
    }

    @Test
    void afterTheReportDeadlineUnitsThatOweAreRedAndComeFirst() {
        clock.set(LocalDateTime.of(2020, 2, 5, 10, 0));
        Matrix m = monitoring.matrix(2);
        assertThat(cell(m, "县科工信局", "课题2", "调研报告").colour()).as("returned and overdue").isEqualTo(Colour.RED);
        assertThat(cell(m, "县科工信局", "课题3", "调研报告").colour()).isEqualTo(Colour.RED);
        assertThat(cell(m, "县水利局", "课题8", "调研报告").colour()).isEqualTo(Colour.GREEN);
        assertThat(cell(m, "县发改委", "课题1", "调研报告").colour()).isEqualTo(Colour.GREEN);

        MatrixRow kegongxin = row(m, "县科工信局"); // topics 2, 3, 13; plans 2, 3, 20
        assertThat(List.of(kegongxin.red(), kegongxin.amber(), kegongxin.green())).containsExactly(3, 0, 3);
        MatrixRow shuili = row(m, "县水利局");
        assertThat(List.of(shuili.red(), shuili.amber(), shuili.green())).containsExactly(0, 0, 2);
        assertThat(m.rows().getFirst().red()).isGreaterThanOrEqualTo(m.rows().getLast().red());
        // most red first: 县发改委 leads topics 1, 5, 9, 11, 16 and has submitted only topic 1's report
        assertThat(m.rows().getFirst().unitName()).isEqualTo("县发改委");
        assertThat(m.rows().getFirst().red()).isEqualTo(4);
        assertThat(m.rows().stream().mapToInt(MatrixRow::red).sum()).isEqualTo(31);
        assertThat(m.redUnitIds()).contains(kegongxin.unitId()).doesNotContain(shuili.unitId());
    }

    @Test
    void sevenDaysIsTheAmberBoundary() {
        clock.set(LocalDateTime.of(2020, 2, 21, 10, 0)); // 编制工作方案 due 02-29: 8 days ahead
        assertThat(cell(monitoring.matrix(2), "县水利局", "专项规划6", "编制工作方案").colour()).isEqualTo(Colour.GREEN);
        clock.set(LocalDateTime.of(2020, 2, 22, 10, 0)); // exactly 7 days ahead
        assertThat(cell(monitoring.matrix(2), "县水利局", "专项规划6", "编制工作方案").colour()).isEqualTo(Colour.AMBER);
        clock.set(LocalDateTime.of(2020, 2, 29, 23, 0)); // the due day itself is not late
        assertThat(cell(monitoring.matrix(2), "县水利局", "专项规划6", "编制工作方案").colour()).isEqualTo(Colour.AMBER);
        clock.set(LocalDateTime.of(2020, 3, 1, 0, 30));
        assertThat(cell(monitoring.matrix(2), "县水利局", "专项规划6", "编制工作方案").colour()).isEqualTo(Colour.RED);
    }

    @Test
    void dashboardFiguresComeFromTheSameData() {
        clock.set(LocalDateTime.of(2020, 2, 5, 10, 0));
        DashboardFigures f = monitoring.dashboard(List.of(), List.of());
        DashboardFigures.PhaseCompletion phase2 = f.phases().get(1);
        assertThat(phase2.total()).isEqualTo(60);
        assertThat(phase2.accepted()).isEqualTo(1);
        assertThat(phase2.submitted()).isEqualTo(1);
        assertThat(phase2.returned()).isEqualTo(1);
        assertThat(phase2.overdue()).isEqualTo(31);
        // the chart shows each deliverable once: topic 2's returned report is overdue, not "returned" as well
        assertThat(phase2.overdueReturned()).isEqualTo(1);
        assertThat(phase2.returnedInTime()).isZero();
        assertThat(phase2.notSubmittedInTime()).isEqualTo(27); // 基本思路 and 26 编制工作方案, due 02-29
        assertThat(phase2.accepted() + phase2.submitted() + phase2.returnedInTime() + phase2.notSubmittedInTime()
                + phase2.overdue()).isEqualTo(phase2.total());
        assertThat(f.topics()).extracting(DashboardFigures.Count::count).containsExactly(1L, 1L, 0L, 0L, 31L);
        assertThat(f.overdueByUnit().getFirst()).isEqualTo(new DashboardFigures.Count("县发改委", 4));
        assertThat(f.overdueByUnit().get(1)).isEqualTo(new DashboardFigures.Count("县科工信局", 3));
    }

    @Test
    void everyPlanIsCountedOnceAtItsCurrentStage() {
        clock.set(LocalDateTime.of(2020, 3, 5, 10, 0)); // the 编制工作方案 were due 02-29
        jdbc.update("""
                update deliverable set status = 'ACCEPTED', current_round = 1 where name = '编制工作方案'
                  and work_item_id = (select id from work_item where kind = 'SPECIAL_PLAN' and number = 6)""");
        jdbc.update("""
                update deliverable set status = 'SUBMITTED', current_round = 1 where name = '编制工作方案'
                  and work_item_id = (select id from work_item where kind = 'SPECIAL_PLAN' and number = 7)""");
        List<DashboardFigures.StageCount> stages = monitoring.dashboard(List.of(), List.of()).planStages();
        assertThat(stages.stream().mapToLong(DashboardFigures.StageCount::plans).sum()).isEqualTo(27);
        DashboardFigures.StageCount first = stages.stream().filter(s -> s.stage().equals("编制工作方案")).findFirst()
                .orElseThrow();
        assertThat(List.of(first.accepted(), first.submitted(), first.returned(), first.notSubmitted(),
                first.overdue())).as("plan 7 waiting, 24 overdue").containsExactly(0L, 1L, 0L, 0L, 24L);
        DashboardFigures.StageCount draft = stages.stream().filter(s -> s.stage().equals("初稿")).findFirst()
                .orElseThrow();
        assertThat(draft.plans()).as("plan 6 moved on to its draft").isEqualTo(1);
        assertThat(draft.notSubmitted()).isEqualTo(1);
        assertThat(stages).extracting(DashboardFigures.StageCount::stage).contains("基本思路");
    }

    @Test
    void thePageReadsTheMatrixInPagesWithTheSameOrderAndCounts() {
        clock.set(LocalDateTime.of(2020, 2, 5, 10, 0));
        Matrix whole = monitoring.matrix(2);
        MatrixOverview overview = monitoring.overview(2);
        assertThat(overview.columns()).isEqualTo(whole.columns());
        assertThat(overview.units()).isEqualTo(whole.rows().size()).isGreaterThan(20);
        assertThat(overview.red()).isEqualTo(31);
        assertThat(overview.amber()).isZero();
        assertThat(overview.green()).isEqualTo(29);

        // pages of 7 put together are the whole matrix, in the same order; past the end there is nothing
        List<MatrixRow> paged = new ArrayList<>();
        for (int offset = 0; offset < overview.units(); offset += 7) {
            List<MatrixRow> page = monitoring.rows(overview, offset, 7);
            assertThat(page).hasSizeLessThanOrEqualTo(7).isNotEmpty();
            paged.addAll(page);
        }
        assertThat(paged).isEqualTo(whole.rows());
        assertThat(monitoring.rows(overview, overview.units(), 7)).isEmpty();

        // the counts (from SQL) are those of each unit's cells, and the order is most red, most amber, then name
        for (MatrixRow row : paged) {
            assertThat(List.of(row.red(), row.amber(), row.green())).as(row.unitName()).containsExactly(
                    count(row, Colour.RED), count(row, Colour.AMBER), count(row, Colour.GREEN));
        }
        assertThat(paged).isSortedAccordingTo(Comparator.comparingInt(MatrixRow::red).reversed()
                .thenComparing(Comparator.comparingInt(MatrixRow::amber).reversed())
                .thenComparing(MatrixRow::unitName));
        assertThat(overview.redUnitIds()).containsExactlyInAnyOrderElementsOf(
                paged.stream().filter(r -> r.red() > 0).map(MatrixRow::unitId).toList());

        // a unit whose deliverables go away after the overview keeps its (empty) row: the grid gets the rows it
        // was told of
        long first = paged.getFirst().unitId();
        String ofFirst = "work_item_id in (select id from work_item where lead_unit_id = ?)";
        jdbc.update("update deliverable set removed = true where " + ofFirst, first);
        try {
            List<MatrixRow> again = monitoring.rows(overview, 0, 7);
            assertThat(again).extracting(MatrixRow::unitId).isEqualTo(paged.subList(0, 7).stream()
                    .map(MatrixRow::unitId).toList());
            assertThat(again.getFirst().cells()).isEmpty();
        } finally {
            jdbc.update("update deliverable set removed = false where " + ofFirst, first);
        }
    }

    private static int count(MatrixRow row, Colour colour) {
        return (int) row.cells().stream().filter(c -> c.colour() == colour).count();
    }

    @Test
    void progressOverTimeCountsFirstSubmissionsAndFirstAcceptancesWeekByWeek() {
        clock.set(LocalDateTime.of(2020, 2, 5, 10, 0));
        jdbc.update("""
                insert into stored_file (id, size_bytes, sha256, created_at)
                values ('00000000-0000-0000-0000-0000000000aa', 1, repeat('0', 64), now()) on conflict do nothing""");
        // topic 8: submitted Wed 01-08, returned, resubmitted 01-15, accepted Tue 01-21; topic 1: submitted 01-14
        long topic8 = submitRound(8, 1, "2020-01-08 09:00", "RETURNED", "2020-01-10 09:00");
        submitRound(8, 2, "2020-01-15 09:00", "ACCEPTED", "2020-01-21 09:00");
        submitRound(1, 1, "2020-01-14 16:00", null, null);
        assertThat(topic8).isPositive();

        List<DashboardFigures.WeekProgress> progress = monitoring.dashboard(List.of(), List.of()).progress();
        assertThat(progress).containsExactly(
                new DashboardFigures.WeekProgress(java.time.LocalDate.of(2020, 1, 6), 1, 0),
                new DashboardFigures.WeekProgress(java.time.LocalDate.of(2020, 1, 13), 2, 0),
                new DashboardFigures.WeekProgress(java.time.LocalDate.of(2020, 1, 20), 2, 1),
                new DashboardFigures.WeekProgress(java.time.LocalDate.of(2020, 1, 27), 2, 1),
                new DashboardFigures.WeekProgress(java.time.LocalDate.of(2020, 2, 3), 2, 1));
        jdbc.update("delete from review_round");
        jdbc.update("delete from document_version");
    }

    /** A review round of the topic's report, straight in the tables (the submission feature has its own tests). */
    private long submitRound(int topic, int round, String submittedAt, String decision, String decidedAt) {
        Long deliverable = jdbc.queryForObject("""
                select d.id from deliverable d join work_item w on w.id = d.work_item_id
                where w.kind = 'TOPIC' and w.number = ? and d.name = '调研报告'""", Long.class, topic);
        Long document = jdbc.queryForObject("""
                insert into document_version (deliverable_id, kind, unit_id, version_no, original_name, file_type,
                    size_bytes, sha256, storage_key, uploaded_by, uploaded_by_name, uploaded_at)
                select ?, 'MAIN', w.lead_unit_id, ?, 'x.pdf', 'PDF', 1, repeat('0', 64),
                       '00000000-0000-0000-0000-0000000000aa', 'test', 'test', now()
                from work_item w where w.kind = 'TOPIC' and w.number = ? returning id""", Long.class,
                deliverable, round, topic);
        jdbc.update("""
                insert into review_round (deliverable_id, round_no, document_id, submitted_by, submitted_by_name,
                    submitted_at, decision, comment, decided_by, decided_by_name, decided_at)
                values (?, ?, ?, 'test', 'test', cast(? as timestamp), ?, null, ?, ?, cast(? as timestamp))""",
                deliverable, round, document, submittedAt, decision, decision == null ? null : "office",
                decision == null ? null : "规划办", decidedAt);
        return deliverable;
    }

    @Test
    void leadershipReadsLiaisonsDoNot() {
        TestUsers.actAs(users, "leader");
        assertThat(monitoring.matrix(2).rows()).isNotEmpty();
        TestUsers.actAs(users, "shuili");
        assertThatThrownBy(() -> monitoring.matrix(2)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> monitoring.dashboard(List.of(), List.of())).isInstanceOf(AccessDeniedException.class);
    }
}
