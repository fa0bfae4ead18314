package cn.gov.biyang.plan.monitoring.ui;

import java.util.List;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.catalogue.CatalogueService;
import cn.gov.biyang.plan.catalogue.PhaseView;
import cn.gov.biyang.plan.monitoring.MatrixCell;
import cn.gov.biyang.plan.monitoring.MatrixOverview;
import cn.gov.biyang.plan.monitoring.MatrixRow;
import cn.gov.biyang.plan.monitoring.MonitoringService;
import cn.gov.biyang.plan.notification.NudgeService;
import cn.gov.biyang.plan.notification.ui.NudgeNotice;
import cn.gov.biyang.plan.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 进度监测 (office): units × deliverables of a phase, each deliverable a red / amber / green chip linking to its item,
 * counts per unit, and one click to nudge every red unit through the nudge feature.
 */
@Route(value = "office/monitor", layout = MainLayout.class)
@PageTitle("进度监测 · 规划编制协同平台")
@RolesAllowed(Role.OFFICE_ROLE)
public class MonitorView extends VerticalLayout {

    /** Rows the grid asks for at a time (the benchmark times the overview plus one such page). */
    public static final int PAGE_SIZE = 30;

    private final MonitoringService monitoring;
    private final NudgeService nudges;
    private final Select<PhaseView> phase = new Select<>();
    private final Div matrixHolder = new Div();
    private final Span summary = new Span();
    private MatrixOverview current;

    public MonitorView(MonitoringService monitoring, CatalogueService catalogue, NudgeService nudges) {
        this.monitoring = monitoring;
        this.nudges = nudges;
        setId("monitor-view");
        add(Views.heading(getTranslation("nav.monitor")), new Paragraph(getTranslation("monitor.rule")));

        List<PhaseView> phases = catalogue.phases();
        phase.setLabel(getTranslation("monitor.phase"));
        phase.setItems(phases);
        phase.setItemLabelGenerator(p -> p.name() + "（" + ChineseFormats.period(p.startsOn(), p.endsOn()) + "）");
        phase.setId("monitor-phase");
        phase.setWidth("24em");
        phases.stream().filter(PhaseView::current).findFirst().or(() -> phases.stream().findFirst())
                .ifPresent(phase::setValue);
        phase.addValueChangeListener(e -> refresh());

        Button nudgeRed = new Button(getTranslation("monitor.nudgeRed"), e -> confirmNudge());
        nudgeRed.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        nudgeRed.setId("nudge-red");
        Anchor excel = new Anchor("office/exports/monitor.xlsx", getTranslation("monitor.exportExcel"));
        excel.setId("monitor-export");
        excel.getElement().setAttribute("router-ignore", true);

        HorizontalLayout bar = new HorizontalLayout(phase, nudgeRed, excel);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        summary.setId("monitor-summary");
        matrixHolder.setWidthFull();
        add(bar, summary, matrixHolder);
        refresh();
    }

    private void refresh() {
        matrixHolder.removeAll();
        if (phase.getValue() == null) {
            return;
        }
        current = monitoring.overview(phase.getValue().number());
        excelLink(current.phase());
        summary.setText(getTranslation("monitor.summary", ChineseFormats.date(current.today()), current.units(),
                current.red(), current.amber(), current.green()));

        Grid<MatrixRow> grid = new Grid<>();
        grid.setId("monitor-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(MatrixRow::unitName).setHeader(getTranslation("monitor.unit")).setFrozen(true)
                .setAutoWidth(true);
        grid.addColumn(MatrixRow::red).setHeader(getTranslation("monitor.red")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(MatrixRow::amber).setHeader(getTranslation("monitor.amber")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(MatrixRow::green).setHeader(getTranslation("monitor.green")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        for (String column : current.columns()) {
            // chips wrap at a maximum width (portal.css: .chips) so a unit's many items do not push the grid off the
            // screen; auto width then measures the wrapped chips
            grid.addComponentColumn(row -> chips(row.cellsOf(column))).setHeader(column).setAutoWidth(true)
                    .setFlexGrow(1);
        }
        // rows are fetched page by page as the office scrolls: with many units only the visible ones are read
        MatrixOverview shown = current;
        grid.setItems(query -> monitoring.rows(shown, query.getOffset(), query.getLimit()).stream(),
                query -> shown.units());
        grid.setPageSize(PAGE_SIZE);
        if (shown.units() <= 12) {
            grid.setAllRowsVisible(true);
        } else {
            // fills the window below the heading and the rule, but never shrinks below a dozen rows
            grid.setHeight("max(28rem, calc(100vh - 24rem))");
        }
        matrixHolder.add(grid);
        if (shown.units() == 0) {
            matrixHolder.add(new Paragraph(getTranslation("monitor.empty")));
        }
    }

    private void excelLink(int phaseNumber) {
        getChildren().filter(c -> c instanceof HorizontalLayout).findFirst().ifPresent(bar ->
                bar.getChildren().filter(c -> c instanceof Anchor).forEach(a ->
                        ((Anchor) a).setHref("office/exports/monitor.xlsx?phase=" + phaseNumber)));
    }

    private Div chips(List<MatrixCell> cells) {
        Div holder = new Div();
        holder.addClassName("chips");
        for (MatrixCell c : cells) {
            Anchor chip = new Anchor(c.route(), c.itemReference());
            chip.addClassNames("chip", "chip-" + c.colour().name().toLowerCase());
            chip.setTitle(c.itemTitle() + " · " + c.deliverableName() + " · " + c.statusLabel()
                    + (c.round() > 0 ? "（第" + c.round() + "轮）" : "") + " · 截止" + ChineseFormats.date(c.dueOn()));
            chip.getElement().setAttribute("data-colour", c.colour().name());
            holder.add(chip);
        }
        return holder;
    }

    private void confirmNudge() {
        List<Long> red = current == null ? List.of() : current.redUnitIds();
        if (red.isEmpty()) {
            Notification.show(getTranslation("monitor.noRed")).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("monitor.nudgeRed"),
                getTranslation("monitor.nudgeConfirm", red.size()), getTranslation("monitor.nudgeSend"), e -> {
                    try {
                        NudgeService.Result result = nudges.send(red, nudges.defaultMessage());
                        NudgeNotice.show(getTranslation("monitor.nudged", result.units(), result.mails()), result);
                    } catch (IllegalArgumentException ex) {
                        Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("monitor.cancel"));
        dialog.open();
    }
}
