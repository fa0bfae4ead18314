package cn.gov.biyang.plan.notification;

import java.util.List;

import cn.gov.biyang.plan.catalogue.CatalogueService;
import cn.gov.biyang.plan.catalogue.WorkItemView;
import org.springframework.stereotype.Component;

/**
 * Fallback source: each topic and plan of the catalogue is due on its own due date and owed by its lead unit. The
 * submission feature's source, when present, is {@code @Primary} and knows what was delivered.
 */
@Component
class CatalogueDueItems implements DueItemSource {

    private final CatalogueService catalogue;

    CatalogueDueItems(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<DueItem> items() {
        return catalogue.allItems().stream().filter(i -> i.dueOn() != null).map(CatalogueDueItems::of).toList();
    }

    private static DueItem of(WorkItemView i) {
        return new DueItem("item:" + i.id(), i.reference() + " " + i.title(), i.route(), i.dueOn(), i.lead().id(),
                i.lead().name(), false, false);
    }
}
