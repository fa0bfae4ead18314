package cn.gov.biyang.plan.notification;

import java.util.List;

import cn.gov.biyang.plan.submission.Obligation;
import cn.gov.biyang.plan.submission.SubmissionService;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * What reminders, nudges and calendar feeds work from: every deliverable owed by its lead unit and every supporting
 * unit's contribution, with whether it was delivered.
 */
@Component
@Primary
class DeliverableDueItems implements DueItemSource {

    private final SubmissionService submissions;

    DeliverableDueItems(SubmissionService submissions) {
        this.submissions = submissions;
    }

    @Override
    public List<DueItem> items() {
        return submissions.obligations().stream().map(DeliverableDueItems::of).toList();
    }

    private static DueItem of(Obligation o) {
        String title = o.itemReference() + " " + o.itemTitle() + "·" + o.deliverableName()
                + (o.contribution() ? "（配合材料）" : "");
        return new DueItem(o.key(), title, o.link(), o.dueOn(), o.unitId(), o.unitName(), o.contribution(),
                o.delivered());
    }
}
