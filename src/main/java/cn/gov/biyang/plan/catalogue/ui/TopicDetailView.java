package cn.gov.biyang.plan.catalogue.ui;

import java.util.Optional;

import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.catalogue.CatalogueService;
import cn.gov.biyang.plan.catalogue.WorkItemKind;
import cn.gov.biyang.plan.catalogue.WorkItemView;
import cn.gov.biyang.plan.submission.SubmissionService;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route(value = "topics/:number", layout = MainLayout.class)
@PermitAll
public class TopicDetailView extends ItemDetailView {

    public TopicDetailView(CatalogueService catalogue, SubmissionService submissions) {
        super(catalogue, submissions);
    }

    @Override
    Optional<WorkItemView> find(int number) {
        return catalogue.item(WorkItemKind.TOPIC, number);
    }
}
