package cn.gov.biyang.plan.catalogue.ui;

import java.util.Optional;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.catalogue.CatalogueService;
import cn.gov.biyang.plan.catalogue.UnitRef;
import cn.gov.biyang.plan.catalogue.WorkItemView;
import cn.gov.biyang.plan.submission.SubmissionService;
import cn.gov.biyang.plan.submission.ui.ItemDeliverablesPanel;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;

/**
 * One topic or plan: title, units, deadline, status, its deliverables and (for topics) the scope paragraph of the
 * notice.
 */
abstract class ItemDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    protected final CatalogueService catalogue;
    private final SubmissionService submissions;
    private String title = "";

    ItemDetailView(CatalogueService catalogue, SubmissionService submissions) {
        this.catalogue = catalogue;
        this.submissions = submissions;
        setId("item-detail");
    }

    abstract Optional<WorkItemView> find(int number);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Integer> number = event.getRouteParameters().getInteger("number");
        WorkItemView item = number.flatMap(this::find).orElseThrow(NotFoundException::new);
        show(item);
    }

    private void show(WorkItemView item) {
        removeAll();
        title = item.title();
        Span reference = Views.badge(item.reference(), "");
        add(reference, Views.heading(item.title()));

        Div facts = new Div();
        facts.addClassName("facts");
        facts.add(fact(getTranslation("item.lead"), unitLink(item.lead())));
        Div supporting = new Div();
        if (item.supporting().isEmpty()) {
            supporting.setText(item.supportingText().isEmpty() ? "—" : item.supportingText());
        } else {
            item.supporting().forEach(u -> supporting.add(unitLink(u), new Span(" ")));
        }
        supporting.setId("item-supporting");
        facts.add(fact(getTranslation("item.supporting"), supporting));
        facts.add(fact(getTranslation("item.due"), new Span(ChineseFormats.date(item.dueOn()))));
        facts.add(fact(getTranslation("item.status"), WorkItemGrid.status(item, submissions.progressByItem())));
        add(facts);
        add(new ItemDeliverablesPanel(submissions, item.id()));

        if (item.scope() != null && !item.scope().isBlank()) {
            Paragraph scope = new Paragraph(item.scope());
            scope.setId("item-scope");
            scope.addClassName("scope");
            add(new H3(getTranslation("item.scope")), scope);
        }
    }

    private static Div fact(String label, com.vaadin.flow.component.Component value) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Div row = new Div(l, value);
        row.addClassName("fact");
        return row;
    }

    private static Anchor unitLink(UnitRef unit) {
        return new Anchor("units/" + unit.code(), unit.name());
    }

    @Override
    public String getPageTitle() {
        return title + " · 规划编制协同平台";
    }
}
