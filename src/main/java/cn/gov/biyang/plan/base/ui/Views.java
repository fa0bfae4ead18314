package cn.gov.biyang.plan.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.security.access.AccessDeniedException;

/** Small building blocks that every view uses the same way. */
public final class Views {

    private Views() {
    }

    public static H2 heading(String text) {
        H2 h = new H2(text);
        h.addClassName("view-heading");
        return h;
    }

    /** A coloured status badge (Lumo badge theme): success, error, contrast or plain. */
    public static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        if (variant != null && !variant.isBlank()) {
            badge.getElement().getThemeList().add(variant);
        }
        return badge;
    }

    /** A small tertiary button for a row action in an upkeep grid. */
    public static Button smallButton(String label, Runnable action) {
        Button b = new Button(label, e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    /**
     * Runs an office change from an upkeep page: on success says 已保存 and refreshes the page; a refused or invalid
     * change shows its Chinese reason and changes nothing. Returns whether it went through (e.g. to close a dialog).
     */
    public static boolean saveChange(Component page, Runnable change, Runnable refresh) {
        try {
            change.run();
            Notification.show(page.getTranslation("admin.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh.run();
            return true;
        } catch (IllegalArgumentException | AccessDeniedException bad) {
            Notification.show(bad.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    public static <T extends Component> T withClass(T component, String className) {
        component.addClassName(className);
        return component;
    }
}
