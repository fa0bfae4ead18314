package cn.gov.biyang.plan.projects.ui;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.projects.Money;
import cn.gov.biyang.plan.projects.ProjectExcelService;
import cn.gov.biyang.plan.projects.ProjectFilter;
import cn.gov.biyang.plan.projects.ProjectRow;
import cn.gov.biyang.plan.projects.ProjectService;
import cn.gov.biyang.plan.projects.ProjectTotals;
import cn.gov.biyang.plan.projects.ProposalLevel;
import cn.gov.biyang.plan.projects.ReferenceData;
import cn.gov.biyang.plan.projects.SortKey;
import cn.gov.biyang.plan.projects.SummaryRow;
import cn.gov.biyang.plan.security.CurrentUser;
import cn.gov.biyang.plan.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;

/**
 * 项目库: the filtered library as a lazy grid with a totals line, summaries by domain, township and status, the
 * Excel template, export of the current filter and import. Liaisons see their unit's projects; the office also
 * sees possible duplicates.
 */
@Route(value = "projects", layout = MainLayout.class)
@PageTitle("项目库 · 规划编制协同平台")
@PermitAll
public class ProjectsView extends VerticalLayout {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ProjectService service;
    private final Clock clock;
    private final Grid<ProjectRow> grid = new Grid<>();
    private final Span totals = new Span();
    private final Grid<SummaryRow> byDomain = summaryGrid("summary-domain", "projects.field.DOMAIN");
    private final Grid<SummaryRow> byTownship = summaryGrid("summary-township", "projects.field.LOCATION");
    private final Grid<SummaryRow> byStatus = summaryGrid("summary-status", "projects.field.STATUS");
    private final ProjectFilterBar filterBar;
    /** Read by the export download, which runs outside the UI's lock: one immutable value, replaced as a whole. */
    private volatile ProjectFilter filter = ProjectFilter.all();

    public ProjectsView(ProjectService service, ProjectExcelService excel, CurrentUser currentUser, Clock clock) {
        this.service = service;
        this.clock = clock;
        SignedInUser user = currentUser.require();
        setId("projects-view");
        setSizeFull();
        ReferenceData ref = service.referenceData();

        add(Views.heading(getTranslation("projects.title")), toolbar(service, excel, user, ref));
        filterBar = new ProjectFilterBar(ref, user.isLiaison(), this::refresh);
        if (user.isLiaison()) {
            Span scope = new Span(getTranslation("projects.liaisonScope"));
            scope.addClassName("notice-line");
            add(scope);
        }
        totals.setId("projects-totals");
        totals.addClassName("projects-totals");

        configureGrid(!user.isLiaison());
        FlexLayout summaries = new FlexLayout(summaryBlock("projects.summary.byDomain", byDomain),
                summaryBlock("projects.summary.byTownship", byTownship),
                summaryBlock("projects.summary.byStatus", byStatus));
        summaries.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        summaries.addClassName("cards");
        summaries.setId("projects-summaries");

        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("projects.tab.list"), grid);
        tabs.add(getTranslation("projects.tab.summary"), summaries);
        tabs.setWidthFull();
        tabs.setId("projects-tabs");
        add(filterBar, totals, tabs);
        setFlexGrow(1, tabs);
        refresh();
    }

    private HorizontalLayout toolbar(ProjectService service, ProjectExcelService excel, SignedInUser user,
                                     ReferenceData ref) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.addClassName("projects-toolbar");
        if (service.canCreate()) {
            Button create = new Button(getTranslation("projects.new"), VaadinIcon.PLUS.create(),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("projects/new")));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-project");
            Button importButton = new Button(getTranslation("projects.import"), VaadinIcon.UPLOAD.create(),
                    e -> new ImportDialog(excel, this::refresh).open());
            importButton.setId("import-projects");
            bar.add(create, importButton);
        }
        Anchor template = download("projects.template", "download-template",
                event -> "重大工程项目库填报模板.xlsx", excel::writeTemplate);
        Anchor export = download("projects.export", "export-projects",
                event -> "重大工程项目库_" + LocalDate.now(clock)
                        .format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx",
                out -> excel.export(filter, out));
        bar.add(template, export);
        if (user.isOffice()) {
            Button domains = new Button(getTranslation("projects.domains"), VaadinIcon.LIST.create(),
                    e -> new DomainsDialog(service, () -> e.getSource().getUI().ifPresent(ui -> ui.getPage()
                            .reload())).open());
            domains.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            domains.setId("manage-domains");
            bar.add(domains);
        }
        return bar;
    }

    /** A link that streams an .xlsx written by the service in the download request (not in the UI's lock). */
    private Anchor download(String key, String id, Function<Object, String> fileName,
                            java.util.function.Consumer<OutputStream> writer) {
        Anchor link = new Anchor((DownloadHandler) event -> {
            event.setFileName(fileName.apply(event));
            event.setContentType(XLSX);
            try (OutputStream out = event.getOutputStream()) {
                writer.accept(out);
            }
        }, "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation(key)));
        link.setId(id);
        link.addClassName("download-link");
        return link;
    }

    private void configureGrid(boolean showDuplicates) {
        grid.setId("projects-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setHeight("62vh");
        grid.setWidthFull();
        grid.addComponentColumn(r -> {
            Anchor a = new Anchor("projects/" + r.id(), r.name());
            a.addClassName("project-name");
            return a;
        }).setHeader(getTranslation("projects.field.NAME")).setSortProperty("name").setWidth("16em").setFlexGrow(4)
                .setResizable(true);
        grid.addColumn(ProjectRow::applicant).setHeader(getTranslation("projects.field.APPLICANT"))
                .setSortProperty("applicant").setFlexGrow(2);
        grid.addColumn(ProjectRow::domain).setHeader(getTranslation("projects.field.DOMAIN")).setSortProperty("domain")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProjectRow::place).setHeader(getTranslation("projects.field.LOCATION"))
                .setSortProperty("place").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Money.format(r.totalInvestment())).setHeader(getTranslation("projects.col.total"))
                .setSortProperty("total").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Money.format(r.periodInvestment())).setHeader(getTranslation("projects.col.period"))
                .setSortProperty("period").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.startYear() + "—" + r.endYear()).setHeader(getTranslation("projects.col.years"))
                .setSortProperty("years").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> ProjectBadges.status(grid, r.status()))
                .setHeader(getTranslation("projects.field.STATUS")).setSortProperty("status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::proposals).setHeader(getTranslation("projects.col.proposals")).setFlexGrow(1);
        if (showDuplicates) {
            grid.addComponentColumn(r -> r.possibleDuplicate()
                    ? Views.badge(getTranslation("projects.possibleDuplicate"), "error") : new Span())
                    .setHeader(getTranslation("projects.col.duplicate")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(query -> service.page(filter, query.getOffset(), query.getLimit(), sorts(query.getSortOrders()))
                .stream(), query -> (int) service.count(filter));
    }

    private String proposals(ProjectRow r) {
        List<String> parts = new ArrayList<>();
        for (ProposalLevel level : ProposalLevel.values()) {
            if (r.proposal(level) != null) {
                parts.add(getTranslation("projects.level.short." + level.name()) + "："
                        + getTranslation("projects.proposal." + r.proposal(level).name()));
            }
        }
        return String.join("；", parts);
    }

    private static List<SortKey> sorts(List<QuerySortOrder> orders) {
        return orders.stream().map(o -> new SortKey(o.getSorted(), o.getDirection() == SortDirection.DESCENDING))
                .toList();
    }

    private Grid<SummaryRow> summaryGrid(String id, String labelKey) {
        Grid<SummaryRow> g = new Grid<>();
        g.setId(id);
        g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        g.setAllRowsVisible(true);
        g.addColumn(SummaryRow::label).setHeader(getTranslation(labelKey)).setFlexGrow(2);
        g.addColumn(SummaryRow::count).setHeader(getTranslation("projects.col.count"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(0).setAutoWidth(true);
        g.addColumn(s -> Money.format(s.totalInvestment())).setHeader(getTranslation("projects.col.total"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        g.addColumn(s -> Money.format(s.periodInvestment())).setHeader(getTranslation("projects.col.period"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        return g;
    }

    private Div summaryBlock(String titleKey, Grid<SummaryRow> g) {
        Div block = new Div(new H3(getTranslation(titleKey)), g);
        block.addClassNames("card", "summary-card");
        return block;
    }

    private void refresh() {
        filter = filterBar.filter();
        grid.getDataProvider().refreshAll();
        ProjectTotals t = service.totals(filter);
        totals.setText(getTranslation("projects.totals", t.count(), Money.format(t.totalInvestment()),
                Money.format(t.periodInvestment())));
        byDomain.setItems(service.summaryByDomain(filter));
        byTownship.setItems(service.summaryByTownship(filter));
        byStatus.setItems(service.summaryByStatus(filter));
    }
}
