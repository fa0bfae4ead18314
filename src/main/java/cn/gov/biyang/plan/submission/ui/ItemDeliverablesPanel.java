package cn.gov.biyang.plan.submission.ui;

import java.util.List;

import cn.gov.biyang.plan.submission.DeliverableSummary;
import cn.gov.biyang.plan.submission.SubmissionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * 交付材料 on a topic's or plan's page: each deliverable with due date, status and round, linking to its page for
 * users whose unit takes part (and office, leadership); the office can add one here.
 */
public class ItemDeliverablesPanel extends VerticalLayout {

    private final SubmissionService submissions;
    private final Long itemId;

    public ItemDeliverablesPanel(SubmissionService submissions, Long itemId) {
        this.submissions = submissions;
        this.itemId = itemId;
        setPadding(false);
        setId("item-deliverables");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H3(getTranslation("submission.deliverables")));
        boolean mayOpen = submissions.mayOpen(itemId);
        List<DeliverableSummary> list = submissions.deliverablesOf(itemId);
        if (!mayOpen) {
            add(new Paragraph(getTranslation("submission.notInvolved")));
        }
        Grid<DeliverableSummary> grid = new Grid<>();
        grid.setId("deliverables-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(d -> {
            if (mayOpen) {
                Anchor a = new Anchor("deliverables/" + d.id(), d.name());
                a.addClassName("deliverable-link");
                return a;
            }
            return new Span(d.name());
        }).setHeader(getTranslation("submission.deliverable")).setFlexGrow(2);
        grid.addColumn(d -> SubmissionBadges.due(d.dueOn())).setHeader(getTranslation("submission.due"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(d -> d.removed() ? new Span(getTranslation("submission.removed"))
                : SubmissionBadges.status(d.status(), d.round(), d.overdue()))
                .setHeader(getTranslation("submission.status")).setFlexGrow(1);
        grid.setItems(list);
        add(grid);

        if (submissions.mayManage()) {
            Button add = new Button(getTranslation("submission.add"), VaadinIcon.PLUS.create(),
                    e -> new DeliverableDialog(getTranslation("submission.add"), "", null, true,
                            (name, due, reason) -> submissions.addDeliverable(itemId, name, due, reason),
                            this::refresh).open());
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add.setId("add-deliverable");
            add(add);
        }
    }
}
