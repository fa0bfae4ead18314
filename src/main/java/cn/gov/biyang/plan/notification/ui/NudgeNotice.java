package cn.gov.biyang.plan.notification.ui;

import cn.gov.biyang.plan.notification.NudgeService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * What the office is told after a nudge, from 催办 or from the monitor's one click: the caller's account of what went
 * out, then the units nobody could be reached at — a warning instead of a success then.
 */
public final class NudgeNotice {

    private NudgeNotice() {
    }

    public static void show(String whatWentOut, NudgeService.Result result) {
        String text = whatWentOut;
        if (!result.withoutLiaison().isEmpty()) {
            text += " " + UI.getCurrent().getTranslation("nudge.withoutLiaison",
                    String.join("、", result.withoutLiaison()));
        }
        Notification.show(text, 10000, Notification.Position.TOP_CENTER).addThemeVariants(
                result.withoutLiaison().isEmpty() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
    }
}
