package cn.gov.biyang.plan.notification.ui;

import java.util.List;
import java.util.Set;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.notification.NudgeRecord;
import cn.gov.biyang.plan.notification.NudgeService;
import cn.gov.biyang.plan.notification.OverdueUnit;
import cn.gov.biyang.plan.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 催办: units with overdue items; the office selects some, edits the prefilled message (placeholders are filled per
 * unit, the preview shows the first selected unit's text) and sends it by mail and in-app.
 */
@Route(value = "office/nudge", layout = MainLayout.class)
@PageTitle("催办 · 规划编制协同平台")
@RolesAllowed(Role.OFFICE_ROLE)
public class NudgeView extends VerticalLayout {

    private final NudgeService nudges;
    private final Grid<OverdueUnit> units = new Grid<>();
    private final TextArea message = new TextArea();
    private final Pre preview = new Pre();
    private final Grid<NudgeRecord> history = new Grid<>();

    public NudgeView(NudgeService nudges) {
        this.nudges = nudges;
        setId("nudge-view");
        add(Views.heading(getTranslation("nav.nudge")));

        units.setId("overdue-units");
        units.setSelectionMode(Grid.SelectionMode.MULTI);
        units.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        units.setAllRowsVisible(true);
        units.addColumn(OverdueUnit::unitName).setHeader(getTranslation("nudge.unit")).setAutoWidth(true);
        units.addColumn(u -> String.join("\n", u.items().stream()
                        .map(i -> i.title() + "（逾期" + i.daysOverdue() + "天）").toList()))
                .setHeader(getTranslation("nudge.items")).setFlexGrow(3);
        units.addColumn(OverdueUnit::nudgesSoFar).setHeader(getTranslation("nudge.sofar")).setAutoWidth(true);
        units.addColumn(u -> u.nextLevel().label()).setHeader(getTranslation("nudge.nextLevel")).setAutoWidth(true);
        units.addComponentColumn(u -> {
            Button only = new Button(getTranslation("nudge.only"), e -> {
                units.deselectAll();
                units.select(u);
            });
            only.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            only.setId("nudge-only-" + u.unitId());
            return only;
        }).setAutoWidth(true);
        units.addSelectionListener(e -> updatePreview());

        message.setLabel(getTranslation("nudge.message"));
        message.setHelperText(getTranslation("nudge.placeholders", NudgeService.UNIT, NudgeService.ITEMS,
                NudgeService.LEVEL, NudgeService.DATE));
        message.setWidthFull();
        message.setMinHeight("12em");
        message.setMaxLength(5000);
        message.setValue(nudges.defaultMessage());
        message.setId("nudge-message");
        message.addValueChangeListener(e -> updatePreview());

        preview.setId("nudge-preview");
        preview.getStyle().set("white-space", "pre-wrap");

        Button send = new Button(getTranslation("nudge.send"), e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("nudge-send");

        history.setId("nudge-history");
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addColumn(r -> ChineseFormats.dateTime(r.sentAt())).setHeader(getTranslation("nudge.time"))
                .setAutoWidth(true);
        history.addColumn(NudgeRecord::unitName).setHeader(getTranslation("nudge.unit")).setAutoWidth(true);
        history.addColumn(r -> r.level().label()).setHeader(getTranslation("nudge.level")).setAutoWidth(true);
        history.addColumn(NudgeRecord::items).setHeader(getTranslation("nudge.items")).setFlexGrow(2);
        history.addColumn(NudgeRecord::sentBy).setHeader(getTranslation("nudge.by")).setAutoWidth(true);
        history.setAllRowsVisible(true);

        add(new Paragraph(getTranslation("nudge.intro")), units, message, new H3(getTranslation("nudge.preview")),
                preview, send, new H3(getTranslation("nudge.history")), history);
        refresh();
    }

    private void refresh() {
        List<OverdueUnit> overdue = nudges.overdueUnits();
        units.setItems(overdue);
        history.setItems(nudges.history(200));
        updatePreview();
    }

    private void updatePreview() {
        Set<OverdueUnit> selected = units.getSelectedItems();
        preview.setText(selected.isEmpty() ? getTranslation("nudge.selectFirst")
                : nudges.render(message.getValue(), selected.iterator().next()));
    }

    private void send() {
        Set<OverdueUnit> selected = units.getSelectedItems();
        if (selected.isEmpty()) {
            Notification.show(getTranslation("nudge.selectFirst")).addThemeVariants(NotificationVariant.LUMO_WARNING);
            return;
        }
        try {
            NudgeService.Result result = nudges.send(selected.stream().map(OverdueUnit::unitId).toList(),
                    message.getValue());
            String text = getTranslation("nudge.sent", result.units(), result.mails());
            if (!result.withoutEmail().isEmpty()) {
                text += " " + getTranslation("nudge.withoutEmail", String.join("、", result.withoutEmail()));
            }
            Notification n = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            units.deselectAll();
            refresh();
        } catch (IllegalArgumentException ex) {
            Notification.show(ex.getMessage(), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
