package cn.gov.biyang.plan.monitoring.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.Json;
import cn.gov.biyang.plan.base.ui.EChart;
import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.monitoring.DashboardFigures;
import cn.gov.biyang.plan.monitoring.DashboardFigures.Count;
import cn.gov.biyang.plan.monitoring.DashboardFigures.Money;
import cn.gov.biyang.plan.monitoring.DashboardFigures.PhaseCompletion;
import cn.gov.biyang.plan.monitoring.DashboardFigures.StageCount;
import cn.gov.biyang.plan.monitoring.DashboardFigures.WeekProgress;
import cn.gov.biyang.plan.monitoring.MonitoringService;
import cn.gov.biyang.plan.projects.ProjectFilter;
import cn.gov.biyang.plan.projects.ProjectService;
import cn.gov.biyang.plan.projects.SummaryRow;
import cn.gov.biyang.plan.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 领导看板 (leadership and office, read only): completion by phase, status of topics and plans, overdue items by
 * unit, the project library, and progress over time. Each chart has its figures as a table beneath it; the layout
 * prints on A4 without the navigation.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@PageTitle("领导看板 · 规划编制协同平台")
@RolesAllowed({Role.OFFICE_ROLE, Role.LEADER_ROLE})
public class DashboardView extends VerticalLayout {

    public DashboardView(MonitoringService monitoring, ProjectService projects) {
        setId("dashboard-view");
        addClassName("dashboard");
        DashboardFigures f = monitoring.dashboard(money(projects.summaryByDomain(ProjectFilter.all())),
                money(projects.summaryByStatus(ProjectFilter.all())));
        Button print = new Button(getTranslation("dashboard.print"), VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addClassName("no-print");
        add(Views.heading(getTranslation("nav.dashboard")),
                new Paragraph(getTranslation("dashboard.asOf", ChineseFormats.date(f.today()))), print);

        FlexLayout panels = new FlexLayout();
        panels.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        panels.addClassName("dashboard-panels");
        panels.add(
                panel("chart-phases", getTranslation("dashboard.phases"), phasesChart(f.phases()),
                        table(List.of("阶段", "应交", "已通过", "待审", "退回", "未提交", "逾期", "完成率"), f.phases(),
                                p -> List.of(p.name(), n(p.total()), n(p.accepted()), n(p.submitted()),
                                        n(p.returned()), n(p.notSubmitted()), n(p.overdue()),
                                        p.percentAccepted() + "%"))),
                panel("chart-topics", getTranslation("dashboard.topics"), pie(f.topics()), countTable(f.topics())),
                panel("chart-plans", getTranslation("dashboard.plans"), stagesChart(f.planStages()),
                        table(List.of("当前阶段", "规划数", "已通过", "待审", "退回", "未提交", "逾期"), f.planStages(),
                                st -> List.of(st.stage(), n(st.plans()), n(st.accepted()), n(st.submitted()),
                                        n(st.returned()), n(st.notSubmitted()), n(st.overdue())))),
                panel("chart-overdue", getTranslation("dashboard.overdueByUnit"), bars(f.overdueByUnit()),
                        countTable(f.overdueByUnit())),
                panel("chart-progress", getTranslation("dashboard.progress"), progressChart(f.progress()),
                        table(List.of("周", "累计提交", "累计通过"), f.progress(),
                                w -> List.of(ChineseFormats.date(w.weekStart()), n(w.submitted()), n(w.accepted())))),
                panel("chart-domains", getTranslation("dashboard.projectsByDomain"), moneyChart(f.projectsByDomain()),
                        moneyTable(f.projectsByDomain())),
                panel("chart-project-status", getTranslation("dashboard.projectsByStatus"),
                        moneyChart(f.projectsByStatus()), moneyTable(f.projectsByStatus())));
        add(panels);
    }

    private static List<Money> money(List<SummaryRow> rows) {
        return rows.stream().map(r -> new Money(r.label(), r.count(), r.totalInvestment(), r.periodInvestment()))
                .toList();
    }

    private Component panel(String id, String title, EChart chart, Div figures) {
        chart.setId(id);
        Details details = new Details(getTranslation("dashboard.figures"), figures);
        details.addClassName("figures");
        Div panel = new Div(new H3(title), chart, details);
        panel.addClassNames("card", "dashboard-panel");
        return panel;
    }

    private static String n(long value) {
        return String.format("%,d", value);
    }

    /** The figures behind a chart as a plain HTML table (text set through the DOM API, so nothing is interpreted). */
    private static <T> Div table(List<String> headers, List<T> rows, Function<T, List<String>> cells) {
        Element table = new Element("table");
        Element headRow = new Element("tr");
        headers.forEach(h -> headRow.appendChild(new Element("th").setText(h)));
        table.appendChild(new Element("thead").appendChild(headRow));
        Element body = new Element("tbody");
        for (T row : rows) {
            Element tr = new Element("tr");
            cells.apply(row).forEach(c -> tr.appendChild(new Element("td").setText(c)));
            body.appendChild(tr);
        }
        table.appendChild(body);
        Div holder = new Div();
        holder.addClassName("figures-table");
        holder.getElement().appendChild(table);
        return holder;
    }

    private static Div countTable(List<Count> counts) {
        return table(List.of("类别", "数量"), counts, c -> List.of(c.label(), n(c.count())));
    }

    private static Div moneyTable(List<Money> rows) {
        return table(List.of("类别", "项目数", "总投资（万元）", "十四五期间投资（万元）"), rows,
                r -> List.of(r.label(), n(r.count()), String.format("%,.2f", r.totalInvestment()),
                        String.format("%,.2f", r.periodInvestment())));
    }

    private static EChart chart(Map<String, Object> option) {
        return chart(option, 300);
    }

    private static EChart chart(Map<String, Object> option, int heightPx) {
        EChart chart = new EChart(heightPx + "px");
        chart.setOption(Json.of(option));
        return chart;
    }

    private static Map<String, Object> base() {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("left", 48, "right", 16, "top", 32, "bottom", 48, "containLabel", true));
        option.put("animation", false);
        return option;
    }

    private static EChart phasesChart(List<PhaseCompletion> phases) {
        // each deliverable counted once: overdue ones in "逾期", not again under their status (the table beneath shows
        // the raw statuses and the overdue count)
        return statusBars(phases, PhaseCompletion::name, PhaseCompletion::accepted, PhaseCompletion::submitted,
                PhaseCompletion::returnedInTime, PhaseCompletion::notSubmittedInTime, PhaseCompletion::overdue);
    }

    /** The 27 plans by current stage, each stage's bar split by where its document stands. */
    private static EChart stagesChart(List<StageCount> stages) {
        return statusBars(stages, StageCount::stage, StageCount::accepted, StageCount::submitted,
                StageCount::returned, StageCount::notSubmitted, StageCount::overdue);
    }

    /** One bar per row, stacked by status in the colours the monitor and the pies use. */
    private static <T> EChart statusBars(List<T> rows, Function<T, String> category, Function<T, Long> accepted,
                                         Function<T, Long> submitted, Function<T, Long> returned,
                                         Function<T, Long> notSubmitted, Function<T, Long> overdue) {
        Map<String, Object> o = base();
        o.put("legend", Map.of("top", 0));
        o.put("xAxis", Map.of("type", "category", "data", rows.stream().map(category).toList(),
                "axisLabel", Map.of("interval", 0)));
        o.put("yAxis", Map.of("type", "value", "minInterval", 1));
        o.put("series", List.of(
                stack("已通过", "#2e7d32", rows.stream().map(accepted).toList()),
                stack("待审", "#1565c0", rows.stream().map(submitted).toList()),
                stack("退回", "#f9a825", rows.stream().map(returned).toList()),
                stack("未提交", "#9e9e9e", rows.stream().map(notSubmitted).toList()),
                stack("逾期", "#c62828", rows.stream().map(overdue).toList())));
        return chart(o);
    }

    private static Map<String, Object> stack(String name, String colour, List<Long> data) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("type", "bar");
        s.put("stack", "total");
        s.put("itemStyle", Map.of("color", colour));
        s.put("data", data);
        return s;
    }

    /** Status labels of the dashboard figures and their colours, as in the phase chart. */
    private static final Map<String, String> STATUS_COLOURS = Map.of("已通过", "#2e7d32", "已提交待审", "#1565c0",
            "退回修改", "#f9a825", "未提交", "#9e9e9e", "已逾期", "#c62828");

    private static EChart pie(List<Count> counts) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("tooltip", Map.of("trigger", "item"));
        o.put("legend", Map.of("bottom", 0));
        o.put("animation", false);
        List<Map<String, Object>> data = new ArrayList<>();
        // each status keeps the colour it has in the phase chart and the monitor (red is only ever "overdue")
        counts.stream().filter(c -> c.count() > 0).forEach(c -> data.add(Map.of("name", c.label(), "value", c.count(),
                "itemStyle", Map.of("color", STATUS_COLOURS.getOrDefault(c.label(), "#607d8b")))));
        o.put("series", List.of(Map.of("type", "pie", "radius", List.of("35%", "65%"), "data", data)));
        return chart(o);
    }

    private static EChart bars(List<Count> counts) {
        Map<String, Object> o = base();
        o.put("xAxis", Map.of("type", "value", "minInterval", 1));
        // every unit is named: the chart grows with the ranking (up to 15 units) instead of ECharts skipping labels
        o.put("yAxis", Map.of("type", "category", "inverse", true, "axisLabel", Map.of("interval", 0), "data",
                counts.stream().map(Count::label).toList()));
        o.put("series", List.of(Map.of("type", "bar", "barMaxWidth", 18, "itemStyle", Map.of("color", "#c62828"),
                "label", Map.of("show", true, "position", "right"), "data",
                counts.stream().map(Count::count).toList())));
        return chart(o, Math.max(300, 90 + 26 * counts.size()));
    }

    private static EChart progressChart(List<WeekProgress> weeks) {
        Map<String, Object> o = base();
        o.put("legend", Map.of("top", 0));
        o.put("xAxis", Map.of("type", "category", "data",
                weeks.stream().map(w -> w.weekStart().getMonthValue() + "/" + w.weekStart().getDayOfMonth()).toList()));
        o.put("yAxis", Map.of("type", "value", "minInterval", 1));
        o.put("series", List.of(
                Map.of("name", "累计提交", "type", "line", "data", weeks.stream().map(WeekProgress::submitted).toList()),
                Map.of("name", "累计通过", "type", "line", "data", weeks.stream().map(WeekProgress::accepted).toList())));
        return chart(o);
    }

    private static EChart moneyChart(List<Money> rows) {
        Map<String, Object> o = base();
        o.put("legend", Map.of("top", 0));
        o.put("xAxis", Map.of("type", "category", "data", rows.stream().map(Money::label).toList(),
                "axisLabel", Map.of("interval", 0, "rotate", 30)));
        o.put("yAxis", List.of(Map.of("type", "value", "name", "万元"), Map.of("type", "value", "name", "项目数",
                "minInterval", 1)));
        o.put("series", List.of(
                Map.of("name", "总投资（万元）", "type", "bar", "data",
                        rows.stream().map(r -> r.totalInvestment().doubleValue()).toList()),
                Map.of("name", "项目数", "type", "line", "yAxisIndex", 1, "data",
                        rows.stream().map(Money::count).toList())));
        return chart(o);
    }
}
