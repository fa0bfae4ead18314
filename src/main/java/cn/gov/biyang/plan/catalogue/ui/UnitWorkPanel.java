package cn.gov.biyang.plan.catalogue.ui;

import java.util.Map;

import cn.gov.biyang.plan.catalogue.UnitWork;
import cn.gov.biyang.plan.submission.ItemProgress;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What a unit leads, set apart from what it supports: used by 我的任务 and by a unit's page. */
class UnitWorkPanel extends VerticalLayout {

    UnitWorkPanel(UnitWork work, Map<Long, ItemProgress> progress) {
        setPadding(false);
        add(new H3(getTranslation("unitWork.lead", work.lead().size())));
        if (work.lead().isEmpty()) {
            add(new Paragraph(getTranslation("unitWork.none")));
        } else {
            WorkItemGrid lead = new WorkItemGrid(true, progress);
            lead.setId("lead-items");
            lead.show(work.lead());
            add(lead);
        }
        add(new H3(getTranslation("unitWork.supporting", work.supporting().size())));
        if (work.supporting().isEmpty()) {
            add(new Paragraph(getTranslation("unitWork.none")));
        } else {
            WorkItemGrid supporting = new WorkItemGrid(true, progress);
            supporting.setId("supporting-items");
            supporting.show(work.supporting());
            add(supporting);
        }
    }
}
