package cn.gov.biyang.plan.projects.ui;

import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.projects.ProjectStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** How the library shows a project's status: one coloured badge, the same in the list and on the detail page. */
final class ProjectBadges {

    private ProjectBadges() {
    }

    static Span status(Component translator, ProjectStatus status) {
        String variant = switch (status) {
            case INCLUDED -> "success";
            case REJECTED, RETURNED -> "error";
            case DRAFT -> "contrast";
            default -> "";
        };
        Span badge = Views.badge(translator.getTranslation("projects.status." + status.name()), variant);
        badge.addClassName("project-status");
        return badge;
    }
}
