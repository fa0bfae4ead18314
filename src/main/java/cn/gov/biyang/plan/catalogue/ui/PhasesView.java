package cn.gov.biyang.plan.catalogue.ui;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.catalogue.CatalogueService;
import cn.gov.biyang.plan.catalogue.PhaseView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** 工作阶段: the five phases as a vertical timeline, the current one marked. */
@Route(value = "phases", layout = MainLayout.class)
@PageTitle("工作阶段 · 规划编制协同平台")
@PermitAll
public class PhasesView extends VerticalLayout {

    public PhasesView(CatalogueService catalogue) {
        setId("phases-view");
        add(Views.heading(getTranslation("nav.phases")));
        Div timeline = new Div();
        timeline.addClassName("timeline");
        timeline.setId("timeline");
        for (PhaseView p : catalogue.phases()) {
            Div entry = new Div();
            entry.addClassName("timeline-entry");
            entry.setId("phase-" + p.number());
            if (p.current()) {
                entry.addClassName("current");
            } else if (p.past()) {
                entry.addClassName("past");
            }
            Div dot = new Div();
            dot.addClassName("timeline-dot");
            H3 name = new H3(p.name());
            if (p.current()) {
                name.add(new Span(" "), Views.badge(getTranslation("phases.current"), "success"));
            }
            Paragraph when = new Paragraph(p.dateText() + "（" + ChineseFormats.period(p.startsOn(), p.endsOn()) + "）");
            when.addClassName("timeline-when");
            Div body = new Div(name, when, new Paragraph(p.work()));
            body.addClassName("timeline-body");
            entry.add(dot, body);
            timeline.add(entry);
        }
        add(timeline);
    }
}
