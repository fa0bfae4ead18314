package cn.gov.biyang.plan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;

import cn.gov.biyang.plan.support.MutableClock;
import cn.gov.biyang.plan.support.NotificationTestUsers;
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
        NotificationTestUsers.actAs(users, "office");
    }

    @AfterEach
    void logout() {
        NotificationTestUsers.clear();
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
        assertThat(f.topics()).extracting(DashboardFigures.Count::count).containsExactly(1L, 1L, 0L, 0L, 31L);
        assertThat(f.overdueByUnit().getFirst()).isEqualTo(new DashboardFigures.Count("县发改委", 4));
        assertThat(f.overdueByUnit().get(1)).isEqualTo(new DashboardFigures.Count("县科工信局", 3));
    }

    @Test
    void leadershipReadsLiaisonsDoNot() {
        NotificationTestUsers.actAs(users, "leader");
        assertThat(monitoring.matrix(2).rows()).isNotEmpty();
        NotificationTestUsers.actAs(users, "shuili");
        assertThatThrownBy(() -> monitoring.matrix(2)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> monitoring.dashboard(List.of(), List.of())).isInstanceOf(AccessDeniedException.class);
    }
}
