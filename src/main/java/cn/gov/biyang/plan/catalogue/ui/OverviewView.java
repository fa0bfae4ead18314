package cn.gov.biyang.plan.catalogue.ui;

import java.util.EnumSet;
import java.util.Map;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.catalogue.CatalogueService;
import cn.gov.biyang.plan.catalogue.WorkItemKind;
import cn.gov.biyang.plan.submission.DeliverableStatus;
import cn.gov.biyang.plan.submission.SubmissionService;
import cn.gov.biyang.plan.submission.SubmissionService.StatusCounts;
import cn.gov.biyang.plan.security.CurrentUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** 总览: the notice, the current phase, days to the next deadline, and topics and plans by status. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("总览 · 规划编制协同平台")
@PermitAll
public class OverviewView extends VerticalLayout implements BeforeEnterObserver {

    /** A liaison lands on 我的任务 once after login; afterwards 总览 is reachable like any page. */
    static final String LANDED = OverviewView.class.getName() + ".landed";

    private final CurrentUser currentUser;

    public OverviewView(CatalogueService catalogue, CurrentUser currentUser, SubmissionService submissions) {
        this.currentUser = currentUser;
        setId("overview");
        add(Views.heading(getTranslation("nav.overview")));

        catalogue.currentCycle().ifPresent(c -> {
            Paragraph notice = new Paragraph(c.issuer() + "《" + c.noticeTitle() + "》（" + c.documentNumber() + "，"
                    + ChineseFormats.date(c.issuedOn()) + "）");
            notice.addClassName("notice-line");
            add(notice);
        });

        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("cards");

        Div phaseCard = card(getTranslation("overview.currentPhase"));
        catalogue.currentPhase().ifPresentOrElse(p -> {
            Span name = new Span(p.name());
            name.addClassName("big-figure");
            name.setId("current-phase");
            phaseCard.add(name, new Paragraph(p.dateText()), new Paragraph(p.work()));
        }, () -> phaseCard.add(new Paragraph(getTranslation("overview.noPhase"))));
        cards.add(phaseCard);

        Div deadlineCard = card(getTranslation("overview.nextDeadline"));
        catalogue.nextDeadline().ifPresentOrElse(d -> {
            Span days = new Span(getTranslation("overview.daysLeft", d.daysLeft()));
            days.addClassName("big-figure");
            days.setId("days-to-deadline");
            deadlineCard.add(days, new Paragraph(ChineseFormats.date(d.date()) + " · " + d.what()));
        }, () -> deadlineCard.add(new Paragraph(getTranslation("overview.noDeadline"))));
        cards.add(deadlineCard);

        // by the status of each item's current deliverable (未提交 … 已通过), overdue counted apart
        cards.add(countsCard(getTranslation("overview.topics"),
                submissions.statusCounts(EnumSet.of(WorkItemKind.TOPIC)), "topic-counts"));
        cards.add(countsCard(getTranslation("overview.plans"),
                submissions.statusCounts(EnumSet.of(WorkItemKind.MASTER_PLAN, WorkItemKind.SPECIAL_PLAN)),
                "plan-counts"));
        add(cards);
    }

    private Div countsCard(String title, StatusCounts statusCounts, String id) {
        Div card = card(title);
        Map<DeliverableStatus, Long> counts = statusCounts.byStatus();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Span figure = new Span(String.valueOf(total));
        figure.addClassName("big-figure");
        card.add(figure);
        Div lines = new Div();
        lines.setId(id);
        counts.forEach((status, n) -> lines.add(new Paragraph(
                getTranslation("submission.status." + status.name()) + "：" + n)));
        lines.add(new Paragraph(getTranslation("submission.overdue") + "：" + statusCounts.overdue()));
        card.add(lines);
        return card;
    }

    private static Div card(String title) {
        Div card = new Div(new H3(title));
        card.addClassName("card");
        return card;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        currentUser.get().filter(u -> u.isLiaison()).ifPresent(u -> {
            var session = event.getUI().getSession();
            if (session.getAttribute(LANDED) == null) {
                session.setAttribute(LANDED, Boolean.TRUE);
                event.forwardTo(MyTasksView.class);
            }
        });
    }

}
