package cn.gov.biyang.plan.catalogue.ui;

import java.util.EnumSet;
import java.util.List;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.catalogue.CatalogueService;
import cn.gov.biyang.plan.catalogue.WorkItemKind;
import cn.gov.biyang.plan.catalogue.WorkItemView;
import cn.gov.biyang.plan.submission.SubmissionService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** 规划: the master outline set apart, then the special plans, filterable by unit and text. */
@Route(value = "plans", layout = MainLayout.class)
@PageTitle("规划 · 规划编制协同平台")
@PermitAll
public class PlansView extends VerticalLayout {

    private final CatalogueService catalogue;
    private final WorkItemGrid grid;
    private final Span count = new Span();
    private final ItemFilterBar filter;

    public PlansView(CatalogueService catalogue, SubmissionService submissions) {
        this.catalogue = catalogue;
        this.grid = new WorkItemGrid(false, submissions.progressByItem());
        setId("plans-view");
        add(Views.heading(getTranslation("nav.plans")));

        List<WorkItemView> plans = catalogue.plans();
        plans.stream().filter(p -> p.kind() == WorkItemKind.MASTER_PLAN).findFirst().ifPresent(master -> {
            Div card = new Div();
            card.addClassNames("card", "master-plan");
            card.setId("master-plan");
            card.add(new H3(getTranslation("plans.master")), new Anchor(master.route(), master.title()),
                    new Paragraph(getTranslation("item.lead") + "：" + master.lead().name() + "　"
                            + getTranslation("item.supporting") + "：" + master.supportingText()),
                    new Paragraph(getTranslation("item.due") + "：" + ChineseFormats.date(master.dueOn())));
            add(card);
        });

        add(new H3(getTranslation("plans.special")));
        filter = new ItemFilterBar(TopicsView.units(plans), this::refresh);
        count.setId("plan-count");
        grid.setId("plans-grid");
        add(filter, count, grid);
        refresh();
    }

    private void refresh() {
        List<WorkItemView> items = catalogue.search(EnumSet.of(WorkItemKind.SPECIAL_PLAN), filter.unitId(),
                filter.text());
        grid.show(items);
        count.setText(getTranslation("plans.count", items.size()));
    }
}
