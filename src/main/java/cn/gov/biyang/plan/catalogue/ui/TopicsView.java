package cn.gov.biyang.plan.catalogue.ui;

import java.util.EnumSet;
import java.util.List;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.catalogue.CatalogueService;
import cn.gov.biyang.plan.catalogue.UnitRef;
import cn.gov.biyang.plan.catalogue.WorkItemKind;
import cn.gov.biyang.plan.catalogue.WorkItemView;
import cn.gov.biyang.plan.submission.SubmissionService;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** 研究课题: all research topics of the cycle, filterable by unit and text. */
@Route(value = "topics", layout = MainLayout.class)
@PageTitle("研究课题 · 规划编制协同平台")
@PermitAll
public class TopicsView extends VerticalLayout {

    private final CatalogueService catalogue;
    private final WorkItemGrid grid;
    private final Span count = new Span();
    private final ItemFilterBar filter;

    public TopicsView(CatalogueService catalogue, SubmissionService submissions) {
        this.catalogue = catalogue;
        this.grid = new WorkItemGrid(false, submissions.progressByItem());
        setId("topics-view");
        add(Views.heading(getTranslation("nav.topics")));
        catalogue.currentCycle().ifPresent(c -> add(new Paragraph(getTranslation("topics.due",
                ChineseFormats.date(c.topicReportDue()), c.topicReportDueText()))));
        filter = new ItemFilterBar(units(catalogue.topics()), this::refresh);
        count.setId("topic-count");
        grid.setId("topics-grid");
        add(filter, count, grid);
        refresh();
    }

    private void refresh() {
        List<WorkItemView> items = catalogue.search(EnumSet.of(WorkItemKind.TOPIC), filter.unitId(), filter.text());
        grid.show(items);
        count.setText(getTranslation("topics.count", items.size()));
    }

    static List<UnitRef> units(List<WorkItemView> items) {
        return items.stream().flatMap(i -> java.util.stream.Stream.concat(java.util.stream.Stream.of(i.lead()),
                i.supporting().stream())).distinct().toList();
    }
}
