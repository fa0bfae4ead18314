package cn.gov.biyang.plan.monitoring.ui;

import java.time.LocalDate;
import java.util.List;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.ui.ChineseDatePicker;
import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.monitoring.BulletinData;
import cn.gov.biyang.plan.monitoring.BulletinDraft;
import cn.gov.biyang.plan.monitoring.BulletinService;
import cn.gov.biyang.plan.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 进度通报 (office): pick the date, edit the prefilled wording, check the ranking and outstanding items, then issue —
 * which archives the bulletin under the next number and downloads its Word document; below, every issued bulletin.
 */
@Route(value = "office/bulletins", layout = MainLayout.class)
@PageTitle("进度通报 · 规划编制协同平台")
@RolesAllowed(Role.OFFICE_ROLE)
public class BulletinView extends VerticalLayout {

    private final BulletinService bulletins;
    private final DatePicker asOf = new ChineseDatePicker();
    private final Span number = new Span();
    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final TextArea closing = new TextArea();
    private final Grid<BulletinData.UnitRecord> ranking = new Grid<>();
    private final Grid<BulletinData.Outstanding> outstanding = new Grid<>();
    private final Grid<BulletinService.Issued> archive = new Grid<>();
    private BulletinDraft draft;

    public BulletinView(BulletinService bulletins) {
        this.bulletins = bulletins;
        setId("bulletin-view");
        add(Views.heading(getTranslation("nav.bulletins")), new Paragraph(getTranslation("bulletin.intro")));

        asOf.setLabel(getTranslation("bulletin.asOf"));
        asOf.setId("bulletin-as-of");
        asOf.setValue(bulletins.today());
        asOf.setMax(bulletins.today());
        asOf.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                refresh();
            }
        });
        number.setId("bulletin-number");
        HorizontalLayout bar = new HorizontalLayout(asOf, number);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        title.setLabel(getTranslation("bulletin.title"));
        title.setId("bulletin-title");
        title.setWidthFull();
        summary.setLabel(getTranslation("bulletin.summary"));
        summary.setId("bulletin-summary");
        summary.setWidthFull();
        closing.setLabel(getTranslation("bulletin.closing"));
        closing.setId("bulletin-closing");
        closing.setWidthFull();

        ranking.setId("bulletin-ranking");
        ranking.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        ranking.setAllRowsVisible(true);
        ranking.addColumn(BulletinData.UnitRecord::rank).setHeader(getTranslation("bulletin.rank")).setAutoWidth(true);
        ranking.addColumn(BulletinData.UnitRecord::unitName).setHeader(getTranslation("bulletin.unit"))
                .setAutoWidth(true).setFlexGrow(1);
        ranking.addColumn(BulletinData.UnitRecord::due).setHeader(getTranslation("bulletin.due"))
                .setTextAlign(ColumnTextAlign.END);
        ranking.addColumn(BulletinData.UnitRecord::onTime).setHeader(getTranslation("bulletin.onTime"))
                .setTextAlign(ColumnTextAlign.END);
        ranking.addColumn(BulletinData.UnitRecord::late).setHeader(getTranslation("bulletin.late"))
                .setTextAlign(ColumnTextAlign.END);
        ranking.addColumn(BulletinData.UnitRecord::notSubmitted).setHeader(getTranslation("bulletin.outstanding"))
                .setTextAlign(ColumnTextAlign.END);
        ranking.addColumn(BulletinData.UnitRecord::returned).setHeader(getTranslation("bulletin.returned"))
                .setTextAlign(ColumnTextAlign.END);
        ranking.addColumn(r -> r.onTimePercent() + "%").setHeader(getTranslation("bulletin.rate"))
                .setTextAlign(ColumnTextAlign.END);

        outstanding.setId("bulletin-outstanding");
        outstanding.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        outstanding.setAllRowsVisible(true);
        outstanding.addColumn(BulletinData.Outstanding::unitName).setHeader(getTranslation("bulletin.unit"))
                .setAutoWidth(true);
        outstanding.addColumn(o -> o.itemReference() + " " + o.itemTitle()).setHeader(getTranslation("bulletin.item"))
                .setFlexGrow(1);
        outstanding.addColumn(BulletinData.Outstanding::deliverableName)
                .setHeader(getTranslation("bulletin.deliverable")).setAutoWidth(true);
        outstanding.addColumn(o -> ChineseFormats.date(o.dueOn())).setHeader(getTranslation("bulletin.dueOn"))
                .setAutoWidth(true);
        outstanding.addColumn(BulletinData.Outstanding::daysOverdue).setHeader(getTranslation("bulletin.daysOverdue"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        outstanding.addColumn(BulletinData.Outstanding::statusLabel).setHeader(getTranslation("bulletin.status"))
                .setAutoWidth(true);

        Button issue = new Button(getTranslation("bulletin.issue"), e -> issue(e.getSource()));
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.setId("bulletin-issue");
        // issuing assigns a permanent number: a second click while the first is still rendering must not issue twice
        issue.setDisableOnClick(true);

        archive.setId("bulletin-archive");
        archive.addThemeVariants(GridVariant.LUMO_COMPACT);
        archive.setAllRowsVisible(true);
        archive.addColumn(BulletinService.Issued::number).setHeader(getTranslation("bulletin.number"))
                .setAutoWidth(true);
        archive.addColumn(i -> ChineseFormats.date(i.asOf())).setHeader(getTranslation("bulletin.asOf"))
                .setAutoWidth(true);
        archive.addColumn(BulletinService.Issued::title).setHeader(getTranslation("bulletin.title")).setFlexGrow(1);
        archive.addColumn(BulletinService.Issued::issuedBy).setHeader(getTranslation("bulletin.issuedBy"))
                .setAutoWidth(true);
        archive.addColumn(i -> ChineseFormats.dateTime(i.issuedAt())).setHeader(getTranslation("bulletin.issuedAt"))
                .setAutoWidth(true);
        archive.addComponentColumn(i -> {
            Anchor a = new Anchor(ExportController.bulletinLink(i.id()), getTranslation("bulletin.download"));
            a.getElement().setAttribute("router-ignore", true);
            a.getElement().setAttribute("download", true);
            return a;
        }).setHeader(getTranslation("bulletin.docx")).setAutoWidth(true);
        archive.addComponentColumn(i -> {
            if (!i.hasPdf()) {
                return new Span(getTranslation("bulletin.noPdf"));
            }
            Anchor a = new Anchor(ExportController.bulletinPdfLink(i.id()), getTranslation("bulletin.download"));
            a.getElement().setAttribute("router-ignore", true);
            a.getElement().setAttribute("download", true);
            return a;
        }).setHeader("PDF").setAutoWidth(true);

        add(bar, title, summary, closing, new H3(getTranslation("bulletin.rankingHeading")), ranking,
                new H3(getTranslation("bulletin.outstandingHeading")), outstanding, issue,
                new H3(getTranslation("bulletin.archiveHeading")), archive);
        refresh();
        archive.setItems(bulletins.archive());
    }

    private void refresh() {
        LocalDate day = asOf.getValue() == null ? bulletins.today() : asOf.getValue();
        if (day.isAfter(bulletins.today())) {
            // a bulletin states what has happened; the picker's maximum stops most of these, typing can still try
            Notification.show(getTranslation("bulletin.futureDate", ChineseFormats.date(bulletins.today())), 6000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
            asOf.setValue(draft == null ? bulletins.today() : draft.asOf());
            return;
        }
        draft = bulletins.draft(day);
        BulletinData data = bulletins.data(day);
        number.setText(getTranslation("bulletin.nextNumber", draft.number()));
        title.setValue(draft.title());
        summary.setValue(draft.summary());
        closing.setValue(draft.closing());
        ranking.setItems(data.ranking());
        outstanding.setItems(data.outstandingItems());
    }

    private void issue(Button button) {
        try {
            long id = bulletins.issue(new BulletinDraft(draft.asOf(), draft.number(), title.getValue(),
                    draft.issuer(), summary.getValue(), closing.getValue()));
            List<BulletinService.Issued> issued = bulletins.archive();
            archive.setItems(issued);
            boolean withPdf = issued.stream().anyMatch(i -> i.id() == id && i.hasPdf());
            Notification.show(getTranslation(withPdf ? "bulletin.issued" : "bulletin.issuedWithoutPdf"), 6000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            String nextNumber = bulletins.draft(draft.asOf()).number();
            number.setText(getTranslation("bulletin.nextNumber", nextNumber));
            // Not Page.open(url, "_self"): that stops the Vaadin client, expecting the page to be replaced, but an
            // attachment leaves it on screen and every later click on it would be ignored. A transient link with the
            // download attribute fetches the file like the archive's links do and keeps the page running.
            getElement().executeJs("const a = document.createElement('a'); a.href = $0; a.download = '';"
                    + " document.body.appendChild(a); a.click(); a.remove();", ExportController.bulletinLink(id));
        } catch (IllegalArgumentException e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } finally {
            button.setEnabled(true);
        }
    }
}
