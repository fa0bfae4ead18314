package cn.gov.biyang.plan.catalogue.ui;

import java.util.List;

import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.catalogue.CatalogueService;
import cn.gov.biyang.plan.catalogue.UnitSummary;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** 单位: every unit, township and sub-district, with its other written names and what it leads and supports. */
@Route(value = "units", layout = MainLayout.class)
@PageTitle("单位 · 规划编制协同平台")
@PermitAll
public class UnitsView extends VerticalLayout {

    public UnitsView(CatalogueService catalogue) {
        setId("units-view");
        add(Views.heading(getTranslation("nav.units")));
        List<UnitSummary> all = catalogue.unitSummaries();

        Grid<UnitSummary> grid = new Grid<>();
        grid.setId("units-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(u -> new Anchor("units/" + u.unit().code(), u.unit().name()))
                .setHeader(getTranslation("unit.name")).setFlexGrow(2);
        grid.addColumn(u -> u.kind().label()).setHeader(getTranslation("unit.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> String.join("、", u.aliases())).setHeader(getTranslation("unit.aliases")).setFlexGrow(2);
        grid.addColumn(UnitSummary::leads).setHeader(getTranslation("unit.leads")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(UnitSummary::supports).setHeader(getTranslation("unit.supports")).setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);

        TextField search = new TextField(getTranslation("filter.text"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("units-filter");
        Span count = new Span();
        Runnable refresh = () -> {
            String needle = search.getValue().strip();
            List<UnitSummary> shown = all.stream().filter(u -> needle.isEmpty() || u.unit().name().contains(needle)
                    || u.aliases().stream().anyMatch(a -> a.contains(needle))).toList();
            grid.setItems(shown);
            count.setText(getTranslation("units.count", shown.size()));
        };
        search.addValueChangeListener(e -> refresh.run());
        refresh.run();
        add(search, count, grid);
    }
}
