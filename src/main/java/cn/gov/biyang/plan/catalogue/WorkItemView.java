package cn.gov.biyang.plan.catalogue;

import java.time.LocalDate;
import java.util.List;

/** Read model of a topic or plan for views: no lazy entities leave the service. */
public record WorkItemView(Long id, WorkItemKind kind, int number, String title, String scope, UnitRef lead,
                           List<UnitRef> supporting, String supportingNote, LocalDate dueOn, ItemStatus status) {

    static WorkItemView of(WorkItem item, ItemStatus status) {
        return new WorkItemView(item.getId(), item.getKind(), item.getNumber(), item.getTitle(), item.getScope(),
                UnitRef.of(item.getLeadUnit()), item.getSupportingUnits().stream().map(UnitRef::of).toList(),
                item.getSupportingNote(), item.getDueOn(), status);
    }

    /** Short reference as officials say it: 课题8, 专项规划6, 总体规划. */
    public String reference() {
        return kind.reference(number);
    }

    /** The URL path segment of the item's detail page. */
    public String route() {
        return kind.route(number);
    }

    public String supportingText() {
        if (!supporting.isEmpty()) {
            return String.join("、", supporting.stream().map(UnitRef::name).toList());
        }
        return supportingNote == null ? "" : supportingNote;
    }

    public boolean involves(Long unitId) {
        return lead.id().equals(unitId) || supporting.stream().anyMatch(u -> u.id().equals(unitId));
    }
}
