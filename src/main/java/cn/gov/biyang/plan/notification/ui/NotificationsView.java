package cn.gov.biyang.plan.notification.ui;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.notification.Inbox;
import cn.gov.biyang.plan.notification.InboxMessage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** 通知: the user's in-app notifications, unread first, with links to the items; mark read. */
@Route(value = "notifications", layout = MainLayout.class)
@PageTitle("通知 · 规划编制协同平台")
@PermitAll
public class NotificationsView extends VerticalLayout {

    public NotificationsView(Inbox inbox) {
        setId("notifications-view");
        add(Views.heading(getTranslation("nav.notifications")));
        Grid<InboxMessage> grid = new Grid<>();
        grid.setId("notifications-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(m -> {
            Span title = new Span(m.title());
            title.addClassName(m.unread() ? "unread" : "read");
            Div body = new Div();
            body.getStyle().set("white-space", "pre-line").set("color", "var(--lumo-secondary-text-color)");
            body.setText(m.body());
            Div cell = new Div(title, body);
            if (m.link() != null) {
                cell.add(new Anchor(m.link(), getTranslation("notification.open")));
            }
            return cell;
        }).setHeader(getTranslation("notification.message")).setFlexGrow(1);
        grid.addColumn(m -> ChineseFormats.dateTime(m.createdAt())).setHeader(getTranslation("notification.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(m -> {
            if (!m.unread()) {
                return new Span(getTranslation("notification.read"));
            }
            Button read = new Button(getTranslation("notification.markRead"), e -> {
                inbox.markRead(m.id());
                UI.getCurrent().getPage().reload();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return read;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> inbox.mine(q.getOffset(), q.getLimit()).stream(), q -> inbox.countMine());
        Button all = new Button(getTranslation("notification.markAllRead"), e -> {
            inbox.markAllRead();
            UI.getCurrent().getPage().reload();
        });
        all.setId("mark-all-read");
        add(all, grid);
        setSizeFull();
    }
}
