package cn.gov.biyang.plan.notification.ui;

import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.notification.CalendarFeedService;
import cn.gov.biyang.plan.organization.OrganizationService;
import cn.gov.biyang.plan.organization.Unit;
import cn.gov.biyang.plan.security.CurrentUser;
import cn.gov.biyang.plan.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.PermitAll;

/** 日历订阅: the secret iCal URL of the unit's deadlines; renew or revoke it. The office may pick any unit. */
@Route(value = "calendar-feed", layout = MainLayout.class)
@PageTitle("日历订阅 · 规划编制协同平台")
@PermitAll
public class CalendarFeedView extends VerticalLayout {

    private final CalendarFeedService feeds;
    private final TextField url = new TextField();
    private Long unitId;

    public CalendarFeedView(CalendarFeedService feeds, CurrentUser currentUser, OrganizationService organization) {
        this.feeds = feeds;
        setId("calendar-feed-view");
        add(Views.heading(getTranslation("nav.calendarFeed")), new Paragraph(getTranslation("feed.intro")));
        SignedInUser user = currentUser.require();
        if (user.isOffice()) {
            ComboBox<Unit> unit = new ComboBox<>(getTranslation("feed.unit"));
            unit.setItems(organization.allUnits());
            unit.setItemLabelGenerator(Unit::getName);
            unit.setWidth("20em");
            unit.addValueChangeListener(e -> show(e.getValue() == null ? null : e.getValue().getId()));
            add(unit);
        } else if (!user.isLiaison()) {
            add(new Paragraph(getTranslation("feed.onlyUnits")));
            return;
        }
        url.setReadOnly(true);
        url.setWidth("48em");
        url.setLabel(getTranslation("feed.url"));
        url.setId("feed-url");
        Button renew = new Button(getTranslation("feed.renew"), e -> {
            feeds.renew(unitId);
            show(unitId);
        });
        renew.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        renew.setId("feed-renew");
        Button revoke = new Button(getTranslation("feed.revoke"), e -> {
            feeds.revoke(unitId);
            show(unitId);
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.setId("feed-revoke");
        add(url, new HorizontalLayout(renew, revoke), new Paragraph(getTranslation("feed.secret")));
        if (user.isLiaison()) {
            show(user.unitId());
        }
    }

    private void show(Long unit) {
        unitId = unit;
        if (unit == null) {
            url.clear();
            return;
        }
        url.setValue(feeds.activePath(unit).map(p -> base() + p).orElse(getTranslation("feed.none")));
    }

    private static String base() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        var http = (jakarta.servlet.http.HttpServletRequest) ((com.vaadin.flow.server.VaadinServletRequest) request)
                .getHttpServletRequest();
        String port = (http.getServerPort() == 80 || http.getServerPort() == 443) ? "" : ":" + http.getServerPort();
        return http.getScheme() + "://" + http.getServerName() + port + http.getContextPath() + "/";
    }
}
