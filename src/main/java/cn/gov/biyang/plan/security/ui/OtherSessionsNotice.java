package cn.gov.biyang.plan.security.ui;

import java.util.List;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.security.SessionService;
import cn.gov.biyang.plan.security.SessionService.SessionInfo;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.stereotype.Component;

/**
 * Right after a login, if the account is also signed in elsewhere, the first page shows those sessions with a button
 * to end them. A notice rather than a login step: the user sees it at once, and nothing waits for an answer.
 */
@Component
class OtherSessionsNotice implements VaadinServiceInitListener {

    static final String SHOW = OtherSessionsNotice.class.getName();

    private final SessionService sessions;

    OtherSessionsNotice(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            WrappedSession session = e.getUI().getSession().getSession();
            if (session != null && session.getAttribute(SHOW) != null) {
                session.removeAttribute(SHOW);
                show(e.getUI());
            }
        });
    }

    private void show(UI ui) {
        List<SessionInfo> others = sessions.myOtherSessions();
        if (others.isEmpty()) {
            return;
        }
        Notification notice = new Notification();
        notice.setId("other-sessions");
        notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        notice.setPosition(Notification.Position.BOTTOM_END);
        UnorderedList list = new UnorderedList();
        for (SessionInfo s : others) {
            list.add(new ListItem(ui.getTranslation("admin.session.describe", ChineseFormats.dateTime(s.startedAt()),
                    ChineseFormats.dateTime(s.lastSeenAt()), s.clientAddress() == null ? "?" : s.clientAddress(),
                    Browsers.name(s.userAgent()))));
        }
        Button end = new Button(ui.getTranslation("admin.login.sessions.end"), click -> {
            sessions.endMyOtherSessions();
            notice.close();
            Notification.show(ui.getTranslation("admin.login.sessions.ended"), 3000, Notification.Position.BOTTOM_END);
        });
        end.setId("end-other-sessions");
        end.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button keep = new Button(ui.getTranslation("admin.login.sessions.keep"), click -> notice.close());
        keep.setId("keep-other-sessions");
        keep.addThemeVariants(ButtonVariant.LUMO_SMALL);
        notice.add(new Div(new H4(ui.getTranslation("admin.login.sessions.title")),
                new Paragraph(ui.getTranslation("admin.login.sessions.text")), list, new HorizontalLayout(end, keep)));
        ui.add(notice);
        notice.open();
    }
}
