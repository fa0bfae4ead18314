package cn.gov.biyang.plan.notification.ui;

import java.util.HashSet;
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
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
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
 * 催办: units with overdue items; the office selects some (and may un-tick items to leave them out), edits the
 * prefilled message (placeholders are filled per unit, the preview shows the first selected unit's text) and sends it
 * by mail and in-app.
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
    /** Items the office un-ticked (by key); all others of the selected units are included. */
    private final Set<String> leftOut = new HashSet<>();

    public NudgeView(NudgeService nudges) {
        this.nudges = nudges;
        setId("nudge-view");
        add(Views.heading(getTranslation("nav.nudge")));

        units.setId("overdue-units");
        units.setSelectionMode(Grid.SelectionMode.MULTI);
        units.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        units.setAllRowsVisible(true);
        units.addColumn(OverdueUnit::unitName).setHeader(getTranslation("nudge.unit")).setAutoWidth(true);
        // every overdue item has a tick box, ticked: the office may leave some out of this nudge
        units.addComponentColumn(this::itemBoxes).setHeader(getTranslation("nudge.items")).setFlexGrow(3);
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

    private Div itemBoxes(OverdueUnit unit) {
        Div boxes = new Div();
        for (OverdueUnit.OverdueItem item : unit.items()) {
            Checkbox box = new Checkbox(item.title() + "（逾期" + item.daysOverdue() + "天）", !leftOut.contains(item.key()));
            box.setId("nudge-item-" + item.key().replace(':', '-'));
            box.getStyle().set("display", "block");
            box.addValueChangeListener(e -> {
                if (e.getValue()) {
                    leftOut.remove(item.key());
                } else {
                    leftOut.add(item.key());
                }
                updatePreview();
            });
            boxes.add(box);
        }
        return boxes;
    }

    /** The selected units with the items still ticked; units left with none are dropped. */
    private List<OverdueUnit> chosen() {
        return units.getSelectedItems().stream()
                .map(u -> u.onlyItems(u.items().stream().map(OverdueUnit.OverdueItem::key)
                        .filter(k -> !leftOut.contains(k)).toList()))
                .filter(u -> !u.items().isEmpty()).toList();
    }

    private void refresh() {
        List<OverdueUnit> overdue = nudges.overdueUnits();
        units.setItems(overdue);
        history.setItems(nudges.history(200));
        updatePreview();
    }

    private void updatePreview() {
        List<OverdueUnit> chosen = chosen();
        preview.setText(chosen.isEmpty() ? nothingChosen() : nudges.render(message.getValue(), chosen.getFirst()));
    }

    /** Why there is nothing to send: no unit selected, or none of their items ticked. */
    private String nothingChosen() {
        return getTranslation(units.getSelectedItems().isEmpty() ? "nudge.selectFirst" : "nudge.tickItems");
    }

    private void send() {
        List<OverdueUnit> chosen = chosen();
        if (chosen.isEmpty()) {
            Notification.show(nothingChosen()).addThemeVariants(NotificationVariant.LUMO_WARNING);
            return;
        }
        try {
            NudgeService.Result result = nudges.send(chosen.stream().map(OverdueUnit::unitId).toList(),
                    chosen.stream().flatMap(u -> u.items().stream()).map(OverdueUnit.OverdueItem::key).toList(),
                    message.getValue());
            String text = getTranslation("nudge.sent", result.units(), result.mails());
            if (!result.withoutEmail().isEmpty()) {
                text += " " + getTranslation("nudge.withoutEmail", String.join("、", result.withoutEmail()));
            }
            NudgeNotice.show(text, result);
            units.deselectAll();
            leftOut.clear();
            refresh();
        } catch (IllegalArgumentException ex) {
            Notification.show(ex.getMessage(), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
