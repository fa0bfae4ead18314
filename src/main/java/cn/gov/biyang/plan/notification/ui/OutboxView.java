package cn.gov.biyang.plan.notification.ui;

import java.util.List;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.notification.MailOutbox;
import cn.gov.biyang.plan.notification.NudgeService;
import cn.gov.biyang.plan.notification.OutboxEntry;
import cn.gov.biyang.plan.notification.ReminderPolicyService;
import cn.gov.biyang.plan.organization.OrganizationService;
import cn.gov.biyang.plan.organization.OrganizationService.UnitLeader;
import cn.gov.biyang.plan.security.AccountService;
import cn.gov.biyang.plan.security.AccountService.Contact;
import cn.gov.biyang.plan.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 发件箱: every mail with its status, attempts and last error; resend; people the portal cannot mail. */
@Route(value = "office/outbox", layout = MainLayout.class)
@PageTitle("发件箱 · 规划编制协同平台")
@RolesAllowed(Role.OFFICE_ROLE)
public class OutboxView extends VerticalLayout {

    public OutboxView(MailOutbox outbox, AccountService accounts, ReminderPolicyService policies,
                      OrganizationService organization, NudgeService nudges) {
        setId("outbox-view");
        add(Views.heading(getTranslation("nav.outbox")));

        ComboBox<String> status = new ComboBox<>(getTranslation("outbox.status"));
        status.setItems("PENDING", "SENT", "FAILED");
        status.setItemLabelGenerator(s -> getTranslation("outbox.status." + s));
        status.setClearButtonVisible(true);

        Grid<OutboxEntry> grid = new Grid<>();
        grid.setId("outbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> ChineseFormats.dateTime(e.createdAt())).setHeader(getTranslation("outbox.created"))
                .setAutoWidth(true);
        grid.addColumn(OutboxEntry::recipientEmail).setHeader(getTranslation("outbox.to")).setAutoWidth(true);
        grid.addColumn(OutboxEntry::subject).setHeader(getTranslation("outbox.subject")).setFlexGrow(2);
        grid.addColumn(OutboxEntry::statusLabel).setHeader(getTranslation("outbox.status")).setAutoWidth(true);
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("outbox.attempts")).setAutoWidth(true);
        grid.addColumn(e -> e.lastError() == null ? "" : e.lastError()).setHeader(getTranslation("outbox.error"))
                .setFlexGrow(2);
        grid.addComponentColumn(e -> {
            if ("SENT".equals(e.status())) {
                return new Span(ChineseFormats.dateTime(e.sentAt()));
            }
            Button resend = new Button(getTranslation("outbox.resend"), click -> {
                outbox.resend(e.id());
                Notification.show(getTranslation("outbox.resent"));
                grid.getDataProvider().refreshAll();
            });
            resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return resend;
        }).setAutoWidth(true);
        grid.setItems(q -> outbox.page(status.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> outbox.count(status.getValue()));
        grid.setHeight("55vh");
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Grid<Contact> noMail = new Grid<>();
        noMail.setId("without-email");
        noMail.addColumn(Contact::username).setHeader(getTranslation("outbox.user"));
        noMail.addColumn(Contact::displayName).setHeader(getTranslation("outbox.name"));
        noMail.addColumn(c -> c.email() == null ? "" : c.email()).setHeader(getTranslation("outbox.address"));
        noMail.setItems(accounts.withoutValidEmail());
        noMail.setAllRowsVisible(true);

        add(status, grid, new H3(getTranslation("outbox.withoutEmail")), noMail);

        List<String> unreachable = nudges.unitsWithoutLiaison();
        if (!unreachable.isEmpty()) {
            Paragraph units = new Paragraph(String.join("、", unreachable));
            units.setId("units-without-liaison");
            add(new H3(getTranslation("outbox.unitsWithoutLiaison")), units);
        }

        if (policies.current().copyUnitLeader()) {
            Grid<UnitLeader> leaders = new Grid<>();
            leaders.setId("leaders-without-email");
            leaders.addColumn(UnitLeader::unitName).setHeader(getTranslation("outbox.unit"));
            leaders.addColumn(l -> l.name() == null ? "" : l.name()).setHeader(getTranslation("outbox.leader"));
            leaders.addColumn(l -> l.email() == null ? "" : l.email()).setHeader(getTranslation("outbox.address"));
            leaders.setItems(organization.leadersWithoutValidEmail());
            leaders.setAllRowsVisible(true);
            add(new H3(getTranslation("outbox.leadersWithoutEmail")), leaders);
        }
    }
}
