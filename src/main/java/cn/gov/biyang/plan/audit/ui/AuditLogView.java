package cn.gov.biyang.plan.audit.ui;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gov.biyang.plan.audit.AuditQuery;
import cn.gov.biyang.plan.audit.AuditRow;
import cn.gov.biyang.plan.audit.AuditService;
import cn.gov.biyang.plan.audit.ChainCheck;
import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.ui.ChineseDatePicker;
import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.catalogue.CatalogueService;
import cn.gov.biyang.plan.catalogue.WorkItemView;
import cn.gov.biyang.plan.organization.OrganizationService;
import cn.gov.biyang.plan.organization.Unit;
import cn.gov.biyang.plan.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;

/**
 * 审计日志 (planning office): search by user, unit, item, action and date; lazy, newest first; export as CSV; check
 * the hash chain. Nothing here (or anywhere) can change a record.
 */
@Route(value = "admin/audit", layout = MainLayout.class)
@PageTitle("审计日志 · 规划编制协同平台")
@RolesAllowed(Role.OFFICE_ROLE)
public class AuditLogView extends VerticalLayout {

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final AuditService audit;
    private final Map<Long, String> unitNames;
    private final TextField user = new TextField();
    private final ComboBox<Unit> unit = new ComboBox<>();
    private final ComboBox<WorkItemView> item = new ComboBox<>();
    private final ComboBox<String> action = new ComboBox<>();
    private final DatePicker from = new ChineseDatePicker();
    private final DatePicker to = new ChineseDatePicker();
    private final Grid<AuditRow> grid = new Grid<>();
    private final Span total = new Span();
    private final Span chainResult = new Span();
    private AuditQuery query = AuditQuery.all();

    public AuditLogView(AuditService audit, OrganizationService organization, CatalogueService catalogue) {
        this.audit = audit;
        this.unitNames = organization.allUnits().stream()
                .collect(Collectors.toMap(Unit::getId, Unit::getName, (a, b) -> a));
        setId("audit-view");
        setSizeFull();
        add(Views.heading(getTranslation("admin.nav.audit")));

        user.setLabel(getTranslation("admin.audit.user"));
        user.setId("audit-user");
        user.setClearButtonVisible(true);
        unit.setLabel(getTranslation("account.unit"));
        unit.setItems(organization.allUnits());
        unit.setItemLabelGenerator(Unit::getName);
        unit.setClearButtonVisible(true);
        item.setLabel(getTranslation("admin.audit.item"));
        item.setItems(catalogue.allItems());
        item.setItemLabelGenerator(i -> i.reference() + " " + i.title());
        item.setClearButtonVisible(true);
        item.setWidth("22em");
        action.setLabel(getTranslation("admin.audit.action"));
        action.setItems(audit.knownActions());
        action.setClearButtonVisible(true);
        action.setAllowCustomValue(true);
        action.addCustomValueSetListener(e -> action.setValue(e.getDetail()));
        from.setLabel(getTranslation("admin.audit.from"));
        to.setLabel(getTranslation("admin.audit.to"));
        Button search = new Button(getTranslation("admin.audit.search"), e -> search());
        search.setId("audit-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(user, unit, item, action, from, to, search);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters);

        Anchor export = new Anchor((DownloadEvent event) -> {
            event.setFileName("audit-" + FILE_DATE.format(java.time.LocalDate.now()) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            audit.exportCsv(query, id -> unitNames.getOrDefault(id, String.valueOf(id)), event.getOutputStream());
        }, getTranslation("admin.audit.export"));
        export.setId("audit-export");
        Button verify = new Button(getTranslation("admin.audit.verify"), e -> verify());
        verify.setId("audit-verify");
        chainResult.setId("audit-chain-result");
        total.setId("audit-total");
        HorizontalLayout tools = new HorizontalLayout(total, export, verify, chainResult);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(tools);

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> ChineseFormats.dateTime(r.occurredAt())).setHeader(getTranslation("admin.audit.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRow::actor).setHeader(getTranslation("admin.audit.user")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.actorUnitId() == null ? "" : unitNames.getOrDefault(r.actorUnitId(), ""))
                .setHeader(getTranslation("account.unit")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRow::action).setHeader(getTranslation("admin.audit.action")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.objectType() == null ? "" : r.objectType() + (r.objectId() == null ? "" : " " + r.objectId()))
                .setHeader(getTranslation("admin.audit.object")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> Views.badge("OK".equals(r.result()) ? getTranslation("admin.audit.ok")
                        : getTranslation("admin.audit.denied"), "OK".equals(r.result()) ? "success" : "error"))
                .setHeader(getTranslation("admin.audit.result")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRow::detail).setHeader(getTranslation("admin.audit.detail")).setFlexGrow(1);
        grid.setSizeFull();
        // lazy: the log grows without bound, so pages come from SQL (offset/limit) and the count is SQL too
        grid.setItems(q -> audit.search(query, q.getOffset(), q.getLimit()).stream(), q -> (int) audit.count(query));
        add(grid);
        updateTotal();
    }

    private void search() {
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("admin.audit.badRange"));
            return;
        }
        to.setInvalid(false);
        WorkItemView i = item.getValue();
        query = new AuditQuery(blank(user.getValue()), unit.getValue() == null ? null : unit.getValue().getId(),
                i == null ? null : "WorkItem", i == null ? null : String.valueOf(i.id()), blank(action.getValue()),
                from.getValue(), to.getValue());
        grid.getDataProvider().refreshAll();
        updateTotal();
    }

    private void updateTotal() {
        total.setText(getTranslation("admin.audit.total", audit.count(query)));
    }

    private void verify() {
        ChainCheck check = audit.verifyChain();
        chainResult.removeAll();
        Span badge = check.intact()
                ? Views.badge(getTranslation("admin.audit.intact", check.checked()), "success")
                : Views.badge(getTranslation("admin.audit.broken", check.brokenAt(), check.brokenEventId()), "error");
        chainResult.add(badge);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
