package cn.gov.biyang.plan.projects.ui;

import java.util.Arrays;

import cn.gov.biyang.plan.projects.DomainRef;
import cn.gov.biyang.plan.projects.PlanOption;
import cn.gov.biyang.plan.projects.ProjectFilter;
import cn.gov.biyang.plan.projects.ProjectStatus;
import cn.gov.biyang.plan.projects.ReferenceData;
import cn.gov.biyang.plan.projects.UnitOption;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The library's filters: domain, applicant unit, township, status, plan, investment range, years, text. */
class ProjectFilterBar extends FlexLayout {

    private final ComboBox<DomainRef> domain = new ComboBox<>();
    private final ComboBox<UnitOption> applicant = new ComboBox<>();
    private final ComboBox<UnitOption> place = new ComboBox<>();
    private final ComboBox<ProjectStatus> status = new ComboBox<>();
    private final ComboBox<PlanOption> plan = new ComboBox<>();
    private final BigDecimalField minTotal = new BigDecimalField();
    private final BigDecimalField maxTotal = new BigDecimalField();
    private final IntegerField fromYear = new IntegerField();
    private final IntegerField toYear = new IntegerField();
    private final TextField text = new TextField();
    private final Checkbox duplicatesOnly = new Checkbox();

    ProjectFilterBar(ReferenceData ref, boolean liaison, Runnable onChange) {
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("project-filters");

        domain.setItems(ref.domains());
        domain.setItemLabelGenerator(DomainRef::name);
        setUp(domain, "projects.field.DOMAIN", "filter-domain", "9em");
        applicant.setItems(ref.units());
        applicant.setItemLabelGenerator(UnitOption::name);
        setUp(applicant, "projects.field.APPLICANT", "filter-applicant", "13em");
        place.setItems(ref.townships());
        place.setItemLabelGenerator(UnitOption::name);
        setUp(place, "projects.field.LOCATION", "filter-place", "10em");
        status.setItems(Arrays.asList(ProjectStatus.values()));
        status.setItemLabelGenerator(s -> getTranslation("projects.status." + s.name()));
        setUp(status, "projects.field.STATUS", "filter-status", "9em");
        plan.setItems(ref.plans());
        plan.setItemLabelGenerator(PlanOption::shortTitle);
        setUp(plan, "projects.field.PLANS", "filter-plan", "14em");

        minTotal.setLabel(getTranslation("projects.filter.minTotal"));
        minTotal.setId("filter-min-total");
        maxTotal.setLabel(getTranslation("projects.filter.maxTotal"));
        maxTotal.setId("filter-max-total");
        fromYear.setLabel(getTranslation("projects.filter.fromYear"));
        fromYear.setId("filter-from-year");
        toYear.setLabel(getTranslation("projects.filter.toYear"));
        toYear.setId("filter-to-year");
        minTotal.setWidth("10em");
        maxTotal.setWidth("10em");
        fromYear.setWidth("6.5em");
        toYear.setWidth("6.5em");
        minTotal.setValueChangeMode(ValueChangeMode.LAZY);
        maxTotal.setValueChangeMode(ValueChangeMode.LAZY);
        fromYear.setValueChangeMode(ValueChangeMode.LAZY);
        toYear.setValueChangeMode(ValueChangeMode.LAZY);
        text.setLabel(getTranslation("projects.filter.text"));
        text.setPlaceholder(getTranslation("projects.filter.text.placeholder"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("filter-text");
        text.setWidth("14em");
        duplicatesOnly.setLabel(getTranslation("projects.filter.duplicates"));
        duplicatesOnly.setId("filter-duplicates");

        Button clear = new Button(getTranslation("projects.filter.clear"), e -> clear());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setId("filter-clear");

        add(domain);
        if (!liaison) {
            add(applicant);
        }
        add(place, status, plan, minTotal, maxTotal, fromYear, toYear, text);
        if (!liaison) {
            add(duplicatesOnly);
        }
        add(clear);
        domain.addValueChangeListener(e -> onChange.run());
        applicant.addValueChangeListener(e -> onChange.run());
        place.addValueChangeListener(e -> onChange.run());
        status.addValueChangeListener(e -> onChange.run());
        plan.addValueChangeListener(e -> onChange.run());
        minTotal.addValueChangeListener(e -> onChange.run());
        maxTotal.addValueChangeListener(e -> onChange.run());
        fromYear.addValueChangeListener(e -> onChange.run());
        toYear.addValueChangeListener(e -> onChange.run());
        text.addValueChangeListener(e -> onChange.run());
        duplicatesOnly.addValueChangeListener(e -> onChange.run());
        getStyle().set("gap", "var(--lumo-space-s)");
    }

    private void setUp(ComboBox<?> box, String labelKey, String id, String width) {
        box.setLabel(getTranslation(labelKey));
        box.setClearButtonVisible(true);
        box.setId(id);
        box.setWidth(width);
    }

    private void clear() {
        domain.clear();
        applicant.clear();
        place.clear();
        status.clear();
        plan.clear();
        minTotal.clear();
        maxTotal.clear();
        fromYear.clear();
        toYear.clear();
        text.clear();
        duplicatesOnly.clear();
    }

    ProjectFilter filter() {
        return new ProjectFilter(domain.getValue() == null ? null : domain.getValue().id(),
                applicant.getValue() == null ? null : applicant.getValue().id(),
                place.getValue() == null ? null : place.getValue().id(), status.getValue(),
                plan.getValue() == null ? null : plan.getValue().id(), minTotal.getValue(), maxTotal.getValue(), fromYear.getValue(), toYear.getValue(), text.getValue(),
                duplicatesOnly.getValue());
    }
}
