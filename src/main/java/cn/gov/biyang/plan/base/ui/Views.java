package cn.gov.biyang.plan.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

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

    public static <T extends Component> T withClass(T component, String className) {
        component.addClassName(className);
        return component;
    }
}
