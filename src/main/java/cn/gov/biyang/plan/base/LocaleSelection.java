package cn.gov.biyang.plan.base;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Chinese first: every UI starts in Chinese whatever the browser says, unless the user chose English in this session.
 */
@Component
public class LocaleSelection implements VaadinServiceInitListener {

    private static final String SESSION_KEY = LocaleSelection.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(chosen(e.getUI().getSession())));
    }

    public static Locale chosen(VaadinSession session) {
        Object value = session == null ? null : session.getAttribute(SESSION_KEY);
        return value instanceof Locale l ? l : PortalI18NProvider.CHINESE;
    }

    /** Switches the current session's language and reloads the page so every text follows. */
    public static void choose(Locale locale) {
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(SESSION_KEY, locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
