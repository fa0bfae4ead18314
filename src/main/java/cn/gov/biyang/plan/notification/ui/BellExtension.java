package cn.gov.biyang.plan.notification.ui;

import cn.gov.biyang.plan.base.ui.HeaderExtension;
import cn.gov.biyang.plan.notification.Inbox;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The bell in the header: unread in-app notifications, one click to the list. */
@org.springframework.stereotype.Component
class BellExtension implements HeaderExtension {

    private final Inbox inbox;

    BellExtension(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        int unread = inbox.unreadCount();
        Button bell = new Button(VaadinIcon.BELL.create(), e -> UI.getCurrent().navigate("notifications"));
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.setId("bell");
        bell.setAriaLabel(bell.getTranslation("notification.bell", unread));
        bell.setTooltipText(bell.getTranslation("notification.bell", unread));
        if (unread > 0) {
            Span count = new Span(String.valueOf(unread));
            count.setId("bell-count");
            count.getElement().getThemeList().add("badge");
            count.getElement().getThemeList().add("error");
            count.getElement().getThemeList().add("pill");
            count.getElement().getThemeList().add("small");
            bell.setSuffixComponent(count);
        }
        return bell;
    }
}
