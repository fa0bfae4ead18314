package cn.gov.biyang.plan.catalogue.ui;

import java.util.List;
import java.util.Set;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.ui.ChineseDatePicker;
import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.catalogue.CatalogueUpkeepService.ItemForm;
import cn.gov.biyang.plan.catalogue.CatalogueUpkeepService.PhaseForm;
import cn.gov.biyang.plan.catalogue.CatalogueUpkeepService.UpkeepItem;
import cn.gov.biyang.plan.catalogue.CatalogueUpkeepService.UpkeepPhase;
import cn.gov.biyang.plan.catalogue.CatalogueUpkeepService;
import cn.gov.biyang.plan.catalogue.UnitRef;
import cn.gov.biyang.plan.catalogue.WorkItemKind;
import cn.gov.biyang.plan.organization.OrganizationService;
import cn.gov.biyang.plan.organization.Unit;
import cn.gov.biyang.plan.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 编制目录维护 (planning office): correct topics and plans (title, scope, lead and supporting units, due date), add
 * new ones, retire dropped ones, correct phases. Every change is audited; nothing is deleted.
 */
@Route(value = "admin/catalogue", layout = MainLayout.class)
@PageTitle("编制目录维护 · 规划编制协同平台")
@RolesAllowed(Role.OFFICE_ROLE)
public class CatalogueAdminView extends VerticalLayout {

    private final CatalogueUpkeepService upkeep;
    private final List<Unit> activeUnits;
    private final Grid<UpkeepItem> items = new Grid<>();
    private final Grid<UpkeepPhase> phases = new Grid<>();

    public CatalogueAdminView(CatalogueUpkeepService upkeep, OrganizationService organization) {
        this.upkeep = upkeep;
        this.activeUnits = organization.activeUnits();
        setId("catalogue-admin");
        setSizeFull();
        add(Views.heading(getTranslation("admin.nav.catalogue")));

        Button newTopic = new Button(getTranslation("admin.cat.newTopic"), e -> editItem(null, WorkItemKind.TOPIC));
        Button newPlan = new Button(getTranslation("admin.cat.newPlan"),
                e -> editItem(null, WorkItemKind.SPECIAL_PLAN));
        items.setId("items-admin-grid");
        items.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        items.addColumn(UpkeepItem::reference).setHeader(getTranslation("item.number")).setAutoWidth(true)
                .setFlexGrow(0);
        items.addColumn(UpkeepItem::title).setHeader(getTranslation("item.title")).setFlexGrow(2);
        items.addColumn(i -> i.lead().name()).setHeader(getTranslation("item.lead")).setAutoWidth(true);
        items.addColumn(i -> String.join("、", i.supporting().stream().map(UnitRef::name).toList()))
                .setHeader(getTranslation("item.supporting")).setFlexGrow(1);
        items.addColumn(i -> ChineseFormats.date(i.dueOn())).setHeader(getTranslation("item.due")).setAutoWidth(true);
        items.addComponentColumn(i -> i.retired() ? Views.badge(getTranslation("admin.retired"), "error")
                : Views.badge(getTranslation("admin.active"), "success")).setAutoWidth(true);
        items.addComponentColumn(i -> new HorizontalLayout(small("admin.edit", () -> editItem(i, i.kind())),
                small(i.retired() ? "admin.reinstate" : "admin.retire",
                        () -> run(() -> upkeep.setItemRetired(i.id(), !i.retired()))))).setAutoWidth(true);
        items.setSizeFull();
        VerticalLayout itemsTab = new VerticalLayout(new HorizontalLayout(newTopic, newPlan), items);
        itemsTab.setSizeFull();
        itemsTab.setPadding(false);

        phases.setId("phases-admin-grid");
        phases.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        phases.addColumn(UpkeepPhase::name).setHeader(getTranslation("admin.cat.phase")).setAutoWidth(true);
        phases.addColumn(p -> ChineseFormats.period(p.startsOn(), p.endsOn())).setHeader(getTranslation("admin.cat.period"))
                .setAutoWidth(true);
        phases.addColumn(UpkeepPhase::dateText).setHeader(getTranslation("admin.cat.dateText"));
        phases.addColumn(UpkeepPhase::work).setHeader(getTranslation("admin.cat.work")).setFlexGrow(2);
        phases.addComponentColumn(p -> small("admin.edit", () -> editPhase(p))).setAutoWidth(true);
        phases.setSizeFull();

        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("admin.cat.items"), itemsTab);
        tabs.add(getTranslation("admin.cat.phases"), phases);
        add(tabs);
        refresh();
    }

    private void refresh() {
        items.setItems(upkeep.items());
        phases.setItems(upkeep.phases());
    }

    private void editItem(UpkeepItem existing, WorkItemKind kind) {
        Dialog dialog = new Dialog();
        dialog.setWidth("48em");
        dialog.setHeaderTitle(existing == null ? getTranslation("admin.cat.new", kind.label()) : existing.reference());
        TextField title = new TextField(getTranslation("item.title"));
        TextArea scope = new TextArea(getTranslation("item.scope"));
        ComboBox<Unit> lead = new ComboBox<>(getTranslation("item.lead"));
        lead.setItems(activeUnits);
        lead.setItemLabelGenerator(Unit::getName);
        MultiSelectComboBox<Unit> supporting = new MultiSelectComboBox<>(getTranslation("item.supporting"));
        supporting.setItems(activeUnits);
        supporting.setItemLabelGenerator(Unit::getName);
        TextField note = new TextField(getTranslation("admin.cat.supportingNote"));
        DatePicker due = new ChineseDatePicker(getTranslation("item.due"));
        if (existing != null) {
            title.setValue(existing.title());
            scope.setValue(existing.scope() == null ? "" : existing.scope());
            activeUnits.stream().filter(u -> u.getId().equals(existing.lead().id())).findFirst().ifPresent(lead::setValue);
            Set<Long> ids = existing.supporting().stream().map(UnitRef::id).collect(java.util.stream.Collectors.toSet());
            supporting.setValue(activeUnits.stream().filter(u -> ids.contains(u.getId())).toList());
            note.setValue(existing.supportingNote() == null ? "" : existing.supportingNote());
            due.setValue(existing.dueOn());
        }
        FormLayout form = new FormLayout(title, scope, lead, supporting, note, due);
        form.setColspan(title, 2);
        form.setColspan(scope, 2);
        form.setColspan(supporting, 2);
        dialog.add(form);
        Button save = new Button(getTranslation("admin.save"), e -> {
            ItemForm values = new ItemForm(title.getValue(), scope.getValue(),
                    lead.getValue() == null ? null : lead.getValue().getId(),
                    supporting.getValue().stream().map(Unit::getId).toList(), note.getValue(), due.getValue());
            if (run(() -> {
                if (existing == null) {
                    upkeep.createItem(kind, values);
                } else {
                    upkeep.updateItem(existing.id(), values);
                }
            })) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void editPhase(UpkeepPhase existing) {
        Dialog dialog = new Dialog();
        dialog.setWidth("44em");
        dialog.setHeaderTitle(existing.name());
        TextField name = new TextField(getTranslation("admin.cat.phase"));
        name.setValue(existing.name());
        DatePicker starts = new ChineseDatePicker(getTranslation("admin.cat.starts"), existing.startsOn());
        DatePicker ends = new ChineseDatePicker(getTranslation("admin.cat.ends"), existing.endsOn());
        TextField dateText = new TextField(getTranslation("admin.cat.dateText"));
        dateText.setValue(existing.dateText());
        TextArea work = new TextArea(getTranslation("admin.cat.work"));
        work.setValue(existing.work());
        FormLayout form = new FormLayout(name, dateText, starts, ends, work);
        form.setColspan(work, 2);
        dialog.add(form);
        Button save = new Button(getTranslation("admin.save"), e -> {
            if (run(() -> upkeep.updatePhase(existing.id(), new PhaseForm(name.getValue(), starts.getValue(),
                    ends.getValue(), dateText.getValue(), work.getValue())))) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private Button small(String key, Runnable action) {
        return Views.smallButton(getTranslation(key), action);
    }

    /** Runs a change; a refused or invalid one shows its Chinese reason and changes nothing (see Views). */
    private boolean run(Runnable action) {
        return Views.saveChange(this, action, this::refresh);
    }
}
