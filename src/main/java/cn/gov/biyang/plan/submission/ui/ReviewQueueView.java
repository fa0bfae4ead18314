package cn.gov.biyang.plan.submission.ui;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.security.Role;
import cn.gov.biyang.plan.submission.ReviewQueueEntry;
import cn.gov.biyang.plan.submission.SubmissionService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 待审材料: what the office has to review, the longest-waiting submission first; paged in SQL. */
@Route(value = "review-queue", layout = MainLayout.class)
@PageTitle("待审材料 · 规划编制协同平台")
@RolesAllowed({Role.OFFICE_ROLE, Role.LEADER_ROLE})
public class ReviewQueueView extends VerticalLayout {

    public ReviewQueueView(SubmissionService submissions) {
        setId("review-queue");
        add(Views.heading(getTranslation("submission.queue")));
        Span count = new Span(getTranslation("submission.queue.count", submissions.reviewQueueSize()));
        count.setId("queue-count");
        add(count);

        Grid<ReviewQueueEntry> grid = new Grid<>();
        grid.setId("queue-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> ChineseFormats.dateTime(e.submittedAt())).setHeader(getTranslation("submission.queue.since"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReviewQueueEntry::itemReference).setHeader(getTranslation("submission.queue.item"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> {
            Anchor a = new Anchor("deliverables/" + e.deliverableId(), e.itemTitle() + " · " + e.deliverableName());
            a.addClassName("queue-link");
            return a;
        }).setHeader(getTranslation("submission.deliverable")).setFlexGrow(3);
        grid.addColumn(ReviewQueueEntry::leadUnitName).setHeader(getTranslation("submission.lead")).setFlexGrow(1);
        grid.addColumn(e -> getTranslation("submission.round", e.round())).setHeader(getTranslation("submission.queue.round"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReviewQueueEntry::submittedByName).setHeader(getTranslation("submission.queue.by"))
                .setFlexGrow(1);
        grid.addColumn(e -> SubmissionBadges.due(e.dueOn())).setHeader(getTranslation("submission.due"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> submissions.reviewQueue(query.getOffset(), query.getLimit()).stream(),
                query -> submissions.reviewQueueSize());
        grid.setEmptyStateText(getTranslation("submission.queue.empty"));
        add(grid);
        setSizeFull();
    }
}
