package cn.gov.biyang.plan.catalogue.ui;

import java.util.Comparator;
import java.util.List;

import cn.gov.biyang.plan.catalogue.UnitRef;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** Filter by unit (lead or supporting) and by text, calling back on every change. */
class ItemFilterBar extends HorizontalLayout {

    final ComboBox<UnitRef> unit = new ComboBox<>();
    final TextField text = new TextField();

    ItemFilterBar(List<UnitRef> units, Runnable onChange) {
        unit.setLabel(getTranslation("filter.unit"));
        unit.setItems(units.stream().sorted(Comparator.comparing(UnitRef::name)).toList());
        unit.setItemLabelGenerator(UnitRef::name);
        unit.setClearButtonVisible(true);
        unit.setId("filter-unit");
        unit.setWidth("16em");
        text.setLabel(getTranslation("filter.text"));
        text.setPlaceholder(getTranslation("filter.text.placeholder"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("filter-text");
        text.setWidth("20em");
        unit.addValueChangeListener(e -> onChange.run());
        text.addValueChangeListener(e -> onChange.run());
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(unit, text);
    }

    Long unitId() {
        return unit.getValue() == null ? null : unit.getValue().id();
    }

    String text() {
        return text.getValue();
    }
}
