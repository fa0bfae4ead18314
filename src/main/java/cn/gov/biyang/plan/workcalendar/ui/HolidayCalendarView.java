package cn.gov.biyang.plan.workcalendar.ui;

import java.time.LocalDate;
import java.time.Year;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.ui.ChineseDatePicker;
import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.security.Role;
import cn.gov.biyang.plan.workcalendar.DayKind;
import cn.gov.biyang.plan.workcalendar.SpecialDay;
import cn.gov.biyang.plan.workcalendar.WorkingDayCalendar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 节假日: statutory holidays and make-up working days per year, as the State Council publishes them. */
@Route(value = "office/calendar", layout = MainLayout.class)
@PageTitle("节假日 · 规划编制协同平台")
@RolesAllowed(Role.OFFICE_ROLE)
public class HolidayCalendarView extends VerticalLayout {

    private final WorkingDayCalendar calendar;
    private final Grid<SpecialDay> grid = new Grid<>();
    private final IntegerField year = new IntegerField();

    public HolidayCalendarView(WorkingDayCalendar calendar) {
        this.calendar = calendar;
        setId("holiday-view");
        add(Views.heading(getTranslation("nav.holidays")), new Paragraph(getTranslation("holidays.intro")));

        year.setLabel(getTranslation("holidays.year"));
        year.setStepButtonsVisible(true);
        year.setValue(2020);
        year.addValueChangeListener(e -> refresh());

        grid.setId("holiday-grid");
        grid.addColumn(d -> ChineseFormats.date(d.day()) + " " + weekday(d.day()))
                .setHeader(getTranslation("holidays.day")).setAutoWidth(true);
        grid.addColumn(d -> d.kind().label()).setHeader(getTranslation("holidays.kind")).setAutoWidth(true);
        grid.addColumn(SpecialDay::name).setHeader(getTranslation("holidays.name")).setAutoWidth(true);
        grid.addColumn(d -> d.source() == null ? "" : d.source()).setHeader(getTranslation("holidays.source"));
        grid.addComponentColumn(d -> {
            Button clear = new Button(getTranslation("holidays.clear"), e -> {
                calendar.clearDay(d.day());
                refresh();
            });
            clear.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return clear;
        }).setAutoWidth(true);
        grid.setHeight("50vh");

        DatePicker day = new ChineseDatePicker(getTranslation("holidays.day"));
        day.setLocale(getLocale());
        ComboBox<DayKind> kind = new ComboBox<>(getTranslation("holidays.kind"), DayKind.values());
        kind.setItemLabelGenerator(DayKind::label);
        TextField name = new TextField(getTranslation("holidays.name"));
        TextField source = new TextField(getTranslation("holidays.source"));
        Button save = new Button(getTranslation("holidays.save"), e -> {
            if (day.getValue() == null || kind.getValue() == null) {
                Notification.show(getTranslation("holidays.fill")).addThemeVariants(NotificationVariant.LUMO_WARNING);
                return;
            }
            try {
                calendar.setDay(day.getValue(), kind.getValue(), name.getValue(), source.getValue());
                year.setValue(day.getValue().getYear());
                refresh();
            } catch (IllegalArgumentException ex) {
                Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(day, kind, name, source, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(year, grid, form);
        refresh();
    }

    private void refresh() {
        int y = year.getValue() == null ? Year.now().getValue() : year.getValue();
        grid.setItems(calendar.specialDays(y));
    }

    private static String weekday(LocalDate d) {
        return "周" + "一二三四五六日".charAt(d.getDayOfWeek().getValue() - 1);
    }
}
