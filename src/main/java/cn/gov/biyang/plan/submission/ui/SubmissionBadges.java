package cn.gov.biyang.plan.submission.ui;

import java.time.LocalDate;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.submission.DeliverableStatus;
import cn.gov.biyang.plan.submission.ItemProgress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** Status, round and overdue shown the same way wherever a deliverable's status appears. */
public final class SubmissionBadges {

    private SubmissionBadges() {
    }

    /** 已提交待审 · 第2轮, coloured by status, followed by 已逾期 when the unit is late. */
    public static Span status(DeliverableStatus status, int round, boolean overdue) {
        String text = component().getTranslation("submission.status." + status.name());
        if (round > 0) {
            text += " · " + component().getTranslation("submission.round", round);
        }
        Span badge = Views.badge(text, switch (status) {
            case ACCEPTED -> "success";
            case RETURNED -> "error";
            case SUBMITTED -> "";
            case NOT_SUBMITTED -> "contrast";
        });
        badge.addClassName("deliverable-status");
        Span wrapper = new Span(badge);
        if (overdue) {
            Span late = Views.badge(component().getTranslation("submission.overdue"), "error primary");
            late.addClassName("overdue-badge");
            wrapper.add(new Span(" "), late);
        }
        return wrapper;
    }

    /** For lists of topics and plans: the current deliverable's name with its status. */
    public static Span progress(ItemProgress p) {
        Span s = status(p.status(), p.round(), p.overdue());
        s.addComponentAsFirst(new Span(p.deliverableName() + " "));
        return s;
    }

    public static String due(LocalDate due) {
        return due == null ? component().getTranslation("submission.due.unset") : ChineseFormats.date(due);
    }

    /** getTranslation needs a component for the current UI's locale; a throwaway span serves. */
    private static Component component() {
        return new Span();
    }
}
