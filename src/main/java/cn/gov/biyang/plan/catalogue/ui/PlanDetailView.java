package cn.gov.biyang.plan.catalogue.ui;

import java.util.Optional;

import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.catalogue.CatalogueService;
import cn.gov.biyang.plan.catalogue.WorkItemView;
import cn.gov.biyang.plan.submission.SubmissionService;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** plans/0 is the master outline, plans/1 … plans/26 the special plans as numbered in 附件3. */
@Route(value = "plans/:number", layout = MainLayout.class)
@PermitAll
public class PlanDetailView extends ItemDetailView {

    public PlanDetailView(CatalogueService catalogue, SubmissionService submissions) {
        super(catalogue, submissions);
    }

    @Override
    Optional<WorkItemView> find(int number) {
        return catalogue.plan(number);
    }
}
