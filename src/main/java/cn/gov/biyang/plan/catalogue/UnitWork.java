package cn.gov.biyang.plan.catalogue;

import java.util.List;

/** What one unit owes (lead) and contributes to (supporting). */
public record UnitWork(UnitRef unit, List<WorkItemView> lead, List<WorkItemView> supporting) {

    public int total() {
        return lead.size() + supporting.size();
    }
}
