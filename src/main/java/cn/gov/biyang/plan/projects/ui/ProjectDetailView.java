package cn.gov.biyang.plan.projects.ui;

import java.util.Arrays;
import java.util.List;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.projects.HistoryEntry;
import cn.gov.biyang.plan.projects.ProjectCommand;
import cn.gov.biyang.plan.projects.ProjectDetail;
import cn.gov.biyang.plan.projects.ProjectField;
import cn.gov.biyang.plan.projects.ProjectService;
import cn.gov.biyang.plan.projects.ProjectStatus;
import cn.gov.biyang.plan.projects.ProposalLevel;
import cn.gov.biyang.plan.projects.ProposalStatus;
import cn.gov.biyang.plan.projects.SimilarProject;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

/**
 * One project: the record, where it stands in screening, the actions the signed-in user may take now, the
 * proposals to higher-level plans (office), possible duplicates (office and leadership) and the full history.
 */
@Route(value = "projects/:id([0-9]+)", layout = MainLayout.class)
@PermitAll
public class ProjectDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The record's fields in groups, as on the form and in the Excel template. */
    private static final List<List<ProjectField>> GROUPS = List.of(
            List.of(ProjectField.CODE, ProjectField.APPLICANT, ProjectField.LEGAL_ENTITY, ProjectField.CONTACT_PERSON,
                    ProjectField.CONTACT_PHONE, ProjectField.DOMAIN, ProjectField.NATURE, ProjectField.LOCATION,
                    ProjectField.SCALE_CONTENT),
            List.of(ProjectField.TOTAL_INVESTMENT, ProjectField.FUND_CENTRAL, ProjectField.FUND_PROVINCE,
                    ProjectField.FUND_CITY, ProjectField.FUND_COUNTY, ProjectField.FUND_SELF, ProjectField.FUND_OTHER,
                    ProjectField.PERIOD_INVESTMENT),
            List.of(ProjectField.START_YEAR, ProjectField.END_YEAR, ProjectField.PROGRESS, ProjectField.LAND_STATUS,
                    ProjectField.PLANNING_STATUS, ProjectField.EIA_STATUS),
            List.of(ProjectField.PLANS, ProjectField.REMARKS));
    private static final List<String> GROUP_TITLES = List.of("projects.form.basics", "projects.form.money",
            "projects.form.work", "projects.form.plans");

    private final ProjectService service;
    private long id;
    private String title = "";

    public ProjectDetailView(ProjectService service) {
        this.service = service;
        setId("project-detail");
        setMaxWidth("70em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        try {
            show(service.detail(id));
            // the layout keeps the scroll position of the previous page (e.g. the bottom of the form)
            getElement().executeJs("this.scrollIntoView({block: 'start'})");
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        } catch (IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void reload() {
        show(service.detail(id));
    }

    private void show(ProjectDetail d) {
        removeAll();
        title = d.input().name();
        Anchor back = new Anchor("projects", "← " + getTranslation("projects.title"));
        Span status = ProjectBadges.status(this, d.status());
        status.setId("project-status");
        HorizontalLayout heading = new HorizontalLayout(Views.heading(d.input().name()), status);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(back, heading);
        if (d.statusReason() != null && (d.status() == ProjectStatus.RETURNED
                || d.status() == ProjectStatus.REJECTED)) {
            Paragraph reason = new Paragraph(getTranslation("projects.reasonShown."
                    + d.status().name(), d.statusReason()));
            reason.setId("project-status-reason");
            reason.addClassName("status-reason");
            add(reason);
        }
        add(actions(d));
        if (!d.similar().isEmpty()) {
            add(similar(d.similar()));
        }
        for (int g = 0; g < GROUPS.size(); g++) {
            add(new H3(getTranslation(GROUP_TITLES.get(g))), facts(d, GROUPS.get(g)));
        }
        add(proposals(d));
        add(new H3(getTranslation("projects.history")), history(d.history()));
    }

    private HorizontalLayout actions(ProjectDetail d) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("project-actions");
        bar.getStyle().set("flex-wrap", "wrap");
        if (d.can(ProjectCommand.EDIT)) {
            Button edit = new Button(getTranslation("projects.action.edit"),
                    e -> getUI().ifPresent(ui -> ui.navigate("projects/" + id + "/edit")));
            edit.setId("action-edit");
            bar.add(edit);
        }
        action(bar, d, ProjectCommand.SUBMIT, "action-submit", () -> service.submit(id), true);
        action(bar, d, ProjectCommand.WITHDRAW, "action-withdraw", () -> service.withdraw(id), false);
        action(bar, d, ProjectCommand.SCREEN, "action-screen", () -> service.screen(id), true);
        action(bar, d, ProjectCommand.START_ARGUMENT, "action-argue", () -> service.startArgument(id), true);
        action(bar, d, ProjectCommand.INCLUDE, "action-include", () -> service.include(id), true);
        if (d.can(ProjectCommand.RETURN)) {
            Button back = new Button(getTranslation("projects.action.RETURN"), e -> new ReasonDialog(
                    getTranslation("projects.action.RETURN"), getTranslation("projects.action.RETURN"),
                    reason -> run(() -> service.returnForChanges(id, reason))).open());
            back.setId("action-return");
            bar.add(back);
        }
        if (d.can(ProjectCommand.REJECT)) {
            Button reject = new Button(getTranslation("projects.action.REJECT"), e -> new ReasonDialog(
                    getTranslation("projects.action.REJECT"), getTranslation("projects.action.REJECT"),
                    reason -> run(() -> service.reject(id, reason))).open());
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            reject.setId("action-reject");
            bar.add(reject);
        }
        return bar;
    }

    private void action(HorizontalLayout bar, ProjectDetail d, ProjectCommand command, String elementId,
                        Runnable change, boolean primary) {
        if (!d.can(command)) {
            return;
        }
        Button button = new Button(getTranslation("projects.action." + command.name()), e -> run(change));
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.setId(elementId);
        bar.add(button);
    }

    /** Runs a change and shows the result; refusals and stale states become a Chinese message, nothing breaks. */
    private void run(Runnable change) {
        try {
            change.run();
            Notification.show(getTranslation("projects.saved"), 2500, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (AccessDeniedException | IllegalStateException | IllegalArgumentException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        reload();
    }

    private Div similar(List<SimilarProject> others) {
        Div box = new Div();
        box.setId("project-similar");
        box.addClassName("similar-warning");
        box.add(new Span(getTranslation("projects.similar")));
        for (SimilarProject s : others) {
            Div line = new Div(new Anchor("projects/" + s.id(), s.name()),
                    new Span("（" + s.applicant() + "，" + s.place() + "，"
                            + getTranslation("projects.status." + s.status().name()) + "）"));
            box.add(line);
        }
        return box;
    }

    private Div facts(ProjectDetail d, List<ProjectField> group) {
        Div facts = new Div();
        facts.addClassName("facts");
        for (ProjectField f : group) {
            String value = d.text(f);
            if (f == ProjectField.NATURE && d.input().nature() != null) {
                value = getTranslation("projects.nature." + d.input().nature().name());
            }
            cn.gov.biyang.plan.projects.PermitStatus permit = switch (f) {
                case LAND_STATUS -> d.input().landStatus();
                case PLANNING_STATUS -> d.input().planningStatus();
                case EIA_STATUS -> d.input().eiaStatus();
                default -> null;
            };
            if (permit != null) {
                value = getTranslation("projects.permit." + permit.name());
            }
            Span label = new Span(getTranslation("projects.field." + f.name()));
            label.addClassName("fact-label");
            Span v = new Span(value.isEmpty() ? "—" : value);
            v.setId("fact-" + f.name().toLowerCase().replace('_', '-'));
            v.addClassName("fact-value");
            Div row = new Div(label, v);
            row.addClassName("fact");
            facts.add(row);
        }
        return facts;
    }

    /** The three proposals; the office changes them here at any time, everyone else reads them. */
    private Component proposals(ProjectDetail d) {
        Div box = new Div();
        box.setId("project-proposals");
        box.add(new H3(getTranslation("projects.proposals")));
        HorizontalLayout row = new HorizontalLayout();
        for (ProposalLevel level : ProposalLevel.values()) {
            ProposalStatus current = d.input().proposal(level);
            if (d.can(ProjectCommand.SET_PROPOSAL)) {
                ComboBox<ProposalStatus> box2 = new ComboBox<>(getTranslation("projects.level." + level.name()));
                box2.setItems(Arrays.asList(ProposalStatus.values()));
                box2.setItemLabelGenerator(p -> getTranslation("projects.proposal." + p.name()));
                box2.setPlaceholder(getTranslation("projects.proposal.none"));
                box2.setClearButtonVisible(true);
                box2.setValue(current);
                box2.setId("proposal-" + level.name().toLowerCase());
                box2.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        run(() -> service.setProposal(id, level, e.getValue()));
                    }
                });
                row.add(box2);
            } else {
                Div fact = new Div(new Span(getTranslation("projects.level." + level.name()) + "："),
                        new Span(current == null ? getTranslation("projects.proposal.none")
                                : getTranslation("projects.proposal." + current.name())));
                fact.setId("proposal-" + level.name().toLowerCase());
                row.add(fact);
            }
        }
        box.add(row);
        return box;
    }

    private Div history(List<HistoryEntry> entries) {
        Div list = new Div();
        list.setId("project-history");
        list.addClassName("timeline");
        for (HistoryEntry h : entries) {
            Div entry = new Div();
            entry.addClassNames("timeline-entry", "history-entry", "past");
            Span dot = new Span();
            dot.addClassName("timeline-dot");
            Div body = new Div();
            body.addClassName("timeline-body");
            Span action = new Span(getTranslation("projects.historyAction." + h.action().name()));
            action.addClassName("history-action");
            Span who = new Span(" · " + (h.actorName() == null ? h.actor() : h.actorName()) + " · "
                    + ChineseFormats.dateTime(h.occurredAt()));
            who.addClassName("history-meta");
            body.add(new Div(action, who));
            if (h.fromStatus() != h.toStatus() && h.toStatus() != null) {
                body.add(new Div(new Span((h.fromStatus() == null ? "" : getTranslation("projects.status."
                        + h.fromStatus().name()) + " → ") + getTranslation("projects.status."
                        + h.toStatus().name()))));
            }
            if (h.detail() != null && !h.detail().isBlank()) {
                Paragraph detail = new Paragraph(h.detail());
                detail.addClassName("history-detail");
                body.add(detail);
            }
            entry.add(dot, body);
            list.add(entry);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return title + " · 规划编制协同平台";
    }
}
