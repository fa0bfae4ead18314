package cn.gov.biyang.plan.submission;

import java.time.LocalDate;

/**
 * Something a unit owes by a date: the lead unit owes the deliverable, each supporting unit owes its contribution
 * (配合材料) to it. Delivered means submitted (or accepted) for the lead, uploaded for a contribution — or, for a
 * contribution, that the lead has already submitted the deliverable.
 */
public record Obligation(Long deliverableId, String itemReference, String itemTitle, String deliverableName,
                         LocalDate dueOn, Long unitId, String unitName, boolean contribution, boolean delivered) {

    public String key() {
        return contribution ? "contribution:" + deliverableId + ":" + unitId : "deliverable:" + deliverableId;
    }

    public String link() {
        return "deliverables/" + deliverableId;
    }
}
