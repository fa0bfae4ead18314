package cn.gov.biyang.plan.base.ui;

import java.util.List;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.DemoSettings;
import cn.gov.biyang.plan.base.LocaleSelection;
import cn.gov.biyang.plan.base.PortalI18NProvider;
import cn.gov.biyang.plan.security.CurrentUser;
import cn.gov.biyang.plan.security.SignedInUser;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame of every page: side navigation, the demo date when the portal runs on one, the user and logout.
 * Navigation entries are paths, not view classes, so the base package depends on no feature.
 */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, DemoSettings demo, AuthenticationContext authentication,
                      List<HeaderExtension> extensions) {
        SignedInUser user = currentUser.require();

        Span title = new Span(getTranslation("app.title"));
        title.addClassName("portal-title");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.addClassName("portal-header");

        demo.demoDate().ifPresent(date -> {
            Span badge = Views.badge(getTranslation("header.demoDate", ChineseFormats.date(date)), "contrast");
            badge.setId("demo-date");
            header.add(badge);
        });

        Span who = new Span(user.displayName() + " · " + getTranslation("role." + user.role().name()));
        who.setId("current-user");
        who.addClassName("portal-user");
        header.addToEnd(who);

        boolean english = PortalI18NProvider.ENGLISH.getLanguage().equals(getLocale().getLanguage());
        Button language = new Button(english ? "中文" : "English",
                e -> LocaleSelection.choose(english ? PortalI18NProvider.CHINESE : PortalI18NProvider.ENGLISH));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-switch");

        Button logout = new Button(getTranslation("header.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        extensions.forEach(e -> header.add(e.create()));
        header.add(language, logout);
        addToNavbar(header);

        SideNav nav = new SideNav();
        if (user.isLiaison()) {
            nav.addItem(item("nav.myTasks", "my-tasks", VaadinIcon.TASKS));
        }
        nav.addItem(item("nav.overview", "", VaadinIcon.HOME));
        if (!user.isLiaison()) {
            nav.addItem(item("nav.dashboard", "dashboard", VaadinIcon.DASHBOARD));
        }
        nav.addItem(item("nav.topics", "topics", VaadinIcon.BOOK));
        nav.addItem(item("nav.plans", "plans", VaadinIcon.FILE_TEXT_O));
        nav.addItem(item("nav.phases", "phases", VaadinIcon.TIMER));
        nav.addItem(item("projects.nav", "projects", VaadinIcon.BRIEFCASE));
        nav.addItem(item("nav.units", "units", VaadinIcon.BUILDING));
        nav.addItem(item("nav.leadership", "leadership", VaadinIcon.USERS));
        nav.addItem(item("nav.notifications", "notifications", VaadinIcon.BELL));
        nav.addItem(item("nav.calendarFeed", "calendar-feed", VaadinIcon.CALENDAR));
        if (user.isOffice()) {
            // the office's daily work, then system administration, each a collapsible group
            SideNavItem work = new SideNavItem(getTranslation("nav.group.office"));
            work.setPrefixComponent(VaadinIcon.CLIPBOARD_CHECK.create());
            work.setExpanded(true);
            work.addItem(item("nav.monitor", "office/monitor", VaadinIcon.TABLE));
            work.addItem(item("nav.reviewQueue", "review-queue", VaadinIcon.CHECK_SQUARE_O));
            work.addItem(item("nav.nudge", "office/nudge", VaadinIcon.MEGAPHONE));
            work.addItem(item("nav.bulletins", "office/bulletins", VaadinIcon.FILE_TEXT));
            work.addItem(item("nav.outbox", "office/outbox", VaadinIcon.ENVELOPES));
            work.addItem(item("nav.reminders", "office/reminders", VaadinIcon.ALARM));
            work.addItem(item("nav.holidays", "office/calendar", VaadinIcon.CALENDAR_O));
            nav.addItem(work);
            SideNavItem admin = new SideNavItem(getTranslation("nav.group.admin"));
            admin.setPrefixComponent(VaadinIcon.COG.create());
            admin.addItem(item("nav.accounts", "admin/accounts", VaadinIcon.USER_CARD));
            admin.addItem(item("admin.nav.organization", "admin/organization", VaadinIcon.SITEMAP));
            admin.addItem(item("admin.nav.catalogue", "admin/catalogue", VaadinIcon.EDIT));
            admin.addItem(item("admin.nav.audit", "admin/audit", VaadinIcon.RECORDS));
            nav.addItem(admin);
        }
        nav.addItem(item("admin.nav.myAccount", "account", VaadinIcon.USER));
        nav.setId("side-nav");
        addToDrawer(new Scroller(nav));
        setPrimarySection(Section.DRAWER);
    }

    private SideNavItem item(String key, String path, VaadinIcon icon) {
        return new SideNavItem(getTranslation(key), path, icon.create());
    }
}
