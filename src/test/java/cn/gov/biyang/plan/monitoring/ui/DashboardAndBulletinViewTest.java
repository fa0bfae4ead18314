package cn.gov.biyang.plan.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.gov.biyang.plan.base.ui.EChart;
import cn.gov.biyang.plan.monitoring.BulletinData;
import cn.gov.biyang.plan.monitoring.BulletinService;
import cn.gov.biyang.plan.support.ViewHarness;
import cn.gov.biyang.plan.support.ViewTestSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 领导看板 as a leader sees it and 进度通报 as the office drafts and issues it, without a browser (the Selenium
 * journeys draw the charts and download the files in a real one).
 */
class DashboardAndBulletinViewTest extends ViewTestSupport {

    @BeforeEach
    void fiveDaysAfterTheReportDeadline() {
        clock.set(LocalDateTime.of(2020, 2, 5, 10, 0));
        jdbc.update("update deliverable set status = 'NOT_SUBMITTED', current_round = 0");
    }

    @Test
    void aLeaderSeesEveryChartWithItsFiguresAndNothingToChange() {
        signIn("leader");
        page.show(DashboardView.class);
        List<EChart> charts = page.find(EChart.class).toList();
        assertThat(charts).extracting(c -> c.getId().orElseThrow()).containsExactly("chart-phases", "chart-topics",
                "chart-plans", "chart-overdue", "chart-progress", "chart-domains", "chart-project-status");
        assertThat(page.find(Details.class).count()).as("a figures table under each chart").isEqualTo(7);
        assertThat(page.find(Button.class).toList()).as("only 打印")
                .singleElement().satisfies(b -> assertThat(b.getText()).isEqualTo("打印"));
        assertThat(page.find(TextField.class).count() + page.find(TextArea.class).count()).isZero();

        String plans = figures("chart-plans");
        assertThat(plans).contains("当前阶段", "编制工作方案", "基本思路");
        // 31 units owe their topic report: the ranking shows its 15 first, each named, so the chart is taller
        assertThat(page.byId(EChart.class, "chart-overdue").getHeight()).isEqualTo((90 + 26 * 15) + "px");
        assertThat(figures("chart-overdue")).contains("县发改委");
    }

    /** The text of the figures table beneath a chart. */
    private String figures(String chartId) {
        EChart chart = page.byId(EChart.class, chartId);
        Details details = chart.getParent().orElseThrow().getChildren().filter(Details.class::isInstance)
                .map(Details.class::cast).findFirst().orElseThrow();
        return details.getElement().getTextRecursively();
    }

    @Test
    void theOfficeDraftsForADateCannotDateAheadAndIssuesOnce() {
        signIn("office");
        page.show(BulletinView.class);
        DatePicker asOf = page.byId(DatePicker.class, "bulletin-as-of");
        assertThat(asOf.getValue()).isEqualTo(LocalDate.of(2020, 2, 5));
        assertThat(page.byId(TextArea.class, "bulletin-summary").getValue()).startsWith("截至2020年2月5日")
                .contains("应报送材料33项", "已报送0项");
        @SuppressWarnings("unchecked")
        Grid<BulletinData.Outstanding> outstanding = page.byId(Grid.class, "bulletin-outstanding");
        assertThat(outstanding.getListDataView().getItems().count()).isEqualTo(33);

        asOf.setValue(LocalDate.of(2020, 2, 6));
        assertThat(page.notifications()).last().asString().contains("不能晚于今天", "2020年2月5日");
        assertThat(asOf.getValue()).isEqualTo(LocalDate.of(2020, 2, 5));

        // the day before the deadline: nothing owed yet
        asOf.setValue(LocalDate.of(2020, 1, 30));
        assertThat(page.byId(TextArea.class, "bulletin-summary").getValue()).contains("应报送材料0项");

        asOf.setValue(LocalDate.of(2020, 2, 5));
        page.byId(TextField.class, "bulletin-title").setValue("关于“十四五”规划调研报告报送情况的通报");
        @SuppressWarnings("unchecked")
        Grid<BulletinService.Issued> archive = page.byId(Grid.class, "bulletin-archive");
        long before = archive.getListDataView().getItems().count();
        Button issue = page.byId(Button.class, "bulletin-issue");
        assertThat(issue.isDisableOnClick()).as("a second click cannot issue twice").isTrue();
        issue.click();
        assertThat(page.notifications()).last().asString().startsWith("通报已签发存档");
        assertThat(archive.getListDataView().getItems().count()).isEqualTo(before + 1);
        assertThat(archive.getListDataView().getItems().findFirst().orElseThrow().title())
                .isEqualTo("关于“十四五”规划调研报告报送情况的通报");
        assertThat(issue.isEnabled()).as("ready for the next bulletin").isTrue();
    }
}
