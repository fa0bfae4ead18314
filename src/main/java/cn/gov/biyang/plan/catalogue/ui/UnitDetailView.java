package cn.gov.biyang.plan.catalogue.ui;

import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.catalogue.CatalogueService;
import cn.gov.biyang.plan.catalogue.UnitRef;
import cn.gov.biyang.plan.submission.SubmissionService;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** One unit: all it leads and all it supports. */
@Route(value = "units/:code", layout = MainLayout.class)
@PageTitle("单位 · 规划编制协同平台")
@PermitAll
public class UnitDetailView extends VerticalLayout implements BeforeEnterObserver {

    private final CatalogueService catalogue;
    private final SubmissionService submissions;

    public UnitDetailView(CatalogueService catalogue, SubmissionService submissions) {
        this.catalogue = catalogue;
        this.submissions = submissions;
        setId("unit-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        UnitRef unit = catalogue.unitByCode(code).orElseThrow(NotFoundException::new);
        removeAll();
        add(Views.heading(unit.name()), new UnitWorkPanel(catalogue.workOf(unit), submissions.progressByItem()));
    }
}
