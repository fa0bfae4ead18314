package cn.gov.biyang.plan.catalogue.ui;

import java.util.List;
import java.util.Map;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.catalogue.ItemStatus;
import cn.gov.biyang.plan.catalogue.WorkItemView;
import cn.gov.biyang.plan.submission.ItemProgress;
import cn.gov.biyang.plan.submission.ui.SubmissionBadges;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/**
 * The one table of topics and plans: number, title (linking to the item), lead, supporting, and the current
 * deliverable's due date, status, round and overdue flag.
 */
class WorkItemGrid extends Grid<WorkItemView> {

    /** Each item's current deliverable, a snapshot taken when the view is built. */
    private final Map<Long, ItemProgress> progress;

    WorkItemGrid(boolean showKind, Map<Long, ItemProgress> progress) {
        this.progress = progress;
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
        addColumn(i -> progress.containsKey(i.id()) ? SubmissionBadges.due(progress.get(i.id()).dueOn())
                : ChineseFormats.date(i.dueOn())).setHeader(getTranslation("item.due")).setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(i -> status(i, progress)).setHeader(getTranslation("item.status")).setAutoWidth(true)
                .setFlexGrow(0);
    }

    /** The current deliverable with its status and round when the item has deliverables, else the catalogue's. */
    static Component status(WorkItemView item, Map<Long, ItemProgress> progress) {
        ItemProgress p = progress.get(item.id());
        return p == null ? statusBadge(item) : SubmissionBadges.progress(p);
    }

    static Span statusBadge(WorkItemView item) {
        return Views.badge(item.status().label(), item.status() == ItemStatus.OVERDUE ? "error" : "contrast");
    }

    void show(List<WorkItemView> items) {
        setItems(items);
    }
}
