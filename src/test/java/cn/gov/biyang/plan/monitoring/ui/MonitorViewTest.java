package cn.gov.biyang.plan.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import cn.gov.biyang.plan.catalogue.PhaseView;
import cn.gov.biyang.plan.monitoring.MatrixRow;
import cn.gov.biyang.plan.support.ViewHarness;
import cn.gov.biyang.plan.support.ViewTestSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 进度监测 without a browser: the chips the office sees for known statuses on a known day, their links, the phase
 * picker, and the one-click nudge of every red unit through its confirmation.
 */
class MonitorViewTest extends ViewTestSupport {

    @BeforeEach
    void knownDay() {
        clock.set(LocalDateTime.of(2020, 2, 5, 10, 0)); // five days after the topic reports were due
        jdbc.update("delete from nudge");
        jdbc.update("update deliverable set status = 'NOT_SUBMITTED', current_round = 0");
        setTopicReport(8, "ACCEPTED");   // 县水利局
        setTopicReport(1, "SUBMITTED");  // 县发改委, waiting for review
        setTopicReport(2, "RETURNED");   // 县科工信局, returned and not resubmitted
        signIn("office");
    }

    private void setTopicReport(int topic, String status) {
        jdbc.update("""
                update deliverable set status = ?, current_round = 1 where work_item_id =
                  (select id from work_item where kind = 'TOPIC' and number = ?)""", status, topic);
    }

    @SuppressWarnings("unchecked")
    private Grid<MatrixRow> grid() {
        return page.byId(Grid.class, "monitor-grid");
    }

    private List<MatrixRow> rows() {
        return grid().getLazyDataView().getItems().toList();
    }

    private List<Anchor> chips(String unit, String column) {
        MatrixRow row = rows().stream().filter(r -> r.unitName().equals(unit)).findFirst().orElseThrow();
        List<String> headers = grid().getColumns().stream().map(Grid.Column::getHeaderText).toList();
        return ViewHarness.within(ViewHarness.cell(grid(), headers.indexOf(column), row), Anchor.class);
    }

    /** Shows the monitor with phase {@code number} chosen (on 2020-02-05 the picker opens on phase 3, begun 02-01). */
    @SuppressWarnings("unchecked")
    private void showPhase(int number) {
        page.show(MonitorView.class);
        Select<PhaseView> phase = page.byId(Select.class, "monitor-phase");
        phase.setValue(phase.getListDataView().getItems().filter(p -> p.number() == number).findFirst()
                .orElseThrow());
    }

    private static List<String> colours(List<Anchor> chips) {
        return chips.stream().map(a -> a.getElement().getAttribute("data-colour")).toList();
    }

    @Test
    void chipsFollowTheRuleAndOpenTheirItems() {
        showPhase(2);

        assertThat(page.byId(Span.class, "monitor-summary").getText())
                .isEqualTo("截至 2020年2月5日：26 个牵头单位，红 31 项、黄 0 项、绿 29 项");
        // most red first: 县发改委 leads topics 1, 5, 9, 11, 16 and has submitted topic 1 only
        MatrixRow first = rows().getFirst();
        assertThat(first.unitName()).isEqualTo("县发改委");
        assertThat(List.of(first.red(), first.amber(), first.green())).containsExactly(4, 0, 6);

        List<Anchor> reports = chips("县科工信局", "调研报告"); // topics 2 (returned), 3, 13
        assertThat(reports).extracting(Anchor::getText).containsExactly("课题2", "课题3", "课题13");
        assertThat(colours(reports)).containsOnly("RED");
        assertThat(reports.getFirst().getHref()).isEqualTo("topics/2");
        assertThat(reports.getFirst().getTitle()).hasValueSatisfying(t -> assertThat(t)
                .contains("调研报告", "退回修改", "第1轮", "截止2020年1月31日"));

        assertThat(colours(chips("县水利局", "调研报告"))).containsExactly("GREEN");
        List<Anchor> fagai = chips("县发改委", "调研报告");
        assertThat(fagai.getFirst().getText()).isEqualTo("课题1");
        assertThat(colours(fagai)).containsExactly("GREEN", "RED", "RED", "RED", "RED");
        List<Anchor> plans = chips("县水利局", "编制工作方案");
        assertThat(plans).extracting(Anchor::getHref).containsExactly("plans/6");
        assertThat(colours(plans)).containsExactly("GREEN"); // due 02-29, 24 days ahead
    }

    @Test
    void choosingAnotherPhaseShowsItsDeliverables() {
        clock.set(LocalDateTime.of(2020, 6, 25, 10, 0));
        page.show(MonitorView.class);
        @SuppressWarnings("unchecked")
        Select<PhaseView> phase = page.byId(Select.class, "monitor-phase");
        assertThat(phase.getValue().number()).as("the latest phase begun, 06-01").isEqualTo(4);

        phase.setValue(phase.getListDataView().getItems().filter(p -> p.number() == 3).findFirst().orElseThrow());
        assertThat(grid().getColumns()).extracting(Grid.Column::getHeaderText).contains("送审稿");
        assertThat(page.byId(Anchor.class, "monitor-export").getHref()).isEqualTo("office/exports/monitor.xlsx?phase=3");
        // 送审稿 due 06-30, five days ahead and not submitted: amber
        assertThat(colours(chips("县水利局", "送审稿"))).containsExactly("AMBER");

        phase.setValue(phase.getListDataView().getItems().filter(p -> p.number() == 2).findFirst().orElseThrow());
        assertThat(grid().getColumns()).extracting(Grid.Column::getHeaderText).doesNotContain("送审稿")
                .contains("调研报告");
        assertThat(page.byId(Anchor.class, "monitor-export").getHref()).isEqualTo("office/exports/monitor.xlsx?phase=2");
        assertThat(colours(chips("县科工信局", "调研报告"))).containsOnly("RED");
    }

    @Test
    void oneClickNudgesEveryRedUnitAfterConfirmation() {
        showPhase(2);
        long redUnits = rows().stream().filter(r -> r.red() > 0).count();
        assertThat(redUnits).isGreaterThan(10);

        page.byId(Button.class, "nudge-red").click();
        ConfirmDialog dialog = page.find(ConfirmDialog.class).findFirst().orElseThrow();
        ViewHarness.fire(dialog, new ConfirmDialog.CancelEvent(dialog, true));
        assertThat(jdbc.queryForObject("select count(*) from nudge", Integer.class)).as("cancelled").isZero();

        page.byId(Button.class, "nudge-red").click();
        ConfirmDialog again = page.find(ConfirmDialog.class).reduce((a, b) -> b).orElseThrow();
        ViewHarness.fire(again, new ConfirmDialog.ConfirmEvent(again, true));

        assertThat(jdbc.queryForObject("select count(*) from nudge", Long.class)).isEqualTo(redUnits);
        assertThat(jdbc.queryForObject("""
                select count(*) from nudge n join unit u on u.id = n.unit_id where u.name = '县水利局'""",
                Integer.class)).as("县水利局 owes nothing overdue").isZero();
        assertThat(page.notifications()).anySatisfy(n -> assertThat(n).startsWith("已向 " + redUnits + " 个单位发出催办"));
    }
}
