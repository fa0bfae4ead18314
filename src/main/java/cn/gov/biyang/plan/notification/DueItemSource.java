package cn.gov.biyang.plan.notification;

import java.util.List;

/**
 * Where reminders learn what is due. The feature that owns deliverables provides it; notification does not depend on
 * how deliverables are stored.
 */
public interface DueItemSource {

    /** Every item with a due date, delivered or not. */
    List<DueItem> items();
}
