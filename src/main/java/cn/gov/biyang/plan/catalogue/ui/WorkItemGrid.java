package cn.gov.biyang.plan.catalogue.ui;

import java.util.List;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.catalogue.ItemStatus;
import cn.gov.biyang.plan.catalogue.WorkItemView;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/** The one table of topics and plans: number, title (linking to the item), lead, supporting, deadline, status. */
class WorkItemGrid extends Grid<WorkItemView> {

    WorkItemGrid(boolean showKind) {
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        if (showKind) {
            addColumn(i -> i.kind().label()).setHeader(getTranslation("item.kind")).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        addColumn(i -> i.kind().isPlan() && i.number() == 0 ? "—" : String.valueOf(i.number()))
                .setHeader(getTranslation("item.number")).setWidth("5em").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        addComponentColumn(i -> {
            Anchor a = new Anchor(i.route(), i.title());
            a.addClassName("item-title");
            return a;
        }).setHeader(getTranslation("item.title")).setFlexGrow(4);
        addColumn(i -> i.lead().name()).setHeader(getTranslation("item.lead")).setFlexGrow(1);
        addColumn(WorkItemView::supportingText).setHeader(getTranslation("item.supporting")).setFlexGrow(3);
        addColumn(i -> ChineseFormats.date(i.dueOn())).setHeader(getTranslation("item.due")).setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(WorkItemGrid::statusBadge).setHeader(getTranslation("item.status")).setAutoWidth(true)
                .setFlexGrow(0);
    }

    static Span statusBadge(WorkItemView item) {
        return Views.badge(item.status().label(), item.status() == ItemStatus.OVERDUE ? "error" : "contrast");
    }

    void show(List<WorkItemView> items) {
        setItems(items);
    }
}
