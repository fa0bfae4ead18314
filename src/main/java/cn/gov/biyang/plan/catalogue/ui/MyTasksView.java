package cn.gov.biyang.plan.catalogue.ui;

import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.catalogue.CatalogueService;
import cn.gov.biyang.plan.catalogue.UnitRef;
import cn.gov.biyang.plan.security.CurrentUser;
import cn.gov.biyang.plan.security.SignedInUser;
import cn.gov.biyang.plan.submission.SubmissionService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * 我的任务: exactly the topics and plans the liaison's unit leads or supports, lead items first, each with its current
 * deliverable's status, round and due date.
 */
@Route(value = "my-tasks", layout = MainLayout.class)
@PageTitle("我的任务 · 规划编制协同平台")
@PermitAll
public class MyTasksView extends VerticalLayout {

    public MyTasksView(CatalogueService catalogue, CurrentUser currentUser, SubmissionService submissions) {
        setId("my-tasks");
        SignedInUser user = currentUser.require();
        add(Views.heading(getTranslation("nav.myTasks")));
        UnitRef unit = user.isLiaison() ? catalogue.unit(user.unitId()).orElse(null) : null;
        if (unit == null) {
            add(new Paragraph(getTranslation("myTasks.notLiaison")), new Anchor("", getTranslation("nav.overview")));
            return;
        }
        Paragraph who = new Paragraph(getTranslation("myTasks.unit", unit.name()));
        who.setId("my-unit");
        add(who, new UnitWorkPanel(catalogue.workOf(unit), submissions.progressByItem()));
    }
}
