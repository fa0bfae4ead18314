package cn.gov.biyang.plan.organization.ui;

import java.util.List;

import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.organization.LeadershipGroup;
import cn.gov.biyang.plan.organization.LeadershipMember;
import cn.gov.biyang.plan.organization.LeadershipRole;
import cn.gov.biyang.plan.organization.OrganizationService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** 领导小组: the leadership group of 附件1 by role, and its office. */
@Route(value = "leadership", layout = MainLayout.class)
@PageTitle("领导小组 · 规划编制协同平台")
@PermitAll
public class LeadershipView extends VerticalLayout {

    public LeadershipView(OrganizationService organization) {
        setId("leadership-view");
        add(Views.heading(getTranslation("nav.leadership")));
        organization.currentLeadershipGroup().ifPresentOrElse(this::show,
                () -> add(new Paragraph(getTranslation("leadership.none"))));
    }

    private void show(LeadershipGroup group) {
        add(new Paragraph(group.getName()));
        Div office = new Div(new H3(getTranslation("leadership.office")),
                new Paragraph(group.getOfficeText() != null ? group.getOfficeText()
                        : group.getOfficeUnit().getName() + " · " + group.getOfficeDirector()));
        office.addClassName("card");
        office.setId("leadership-office");
        add(office);

        for (LeadershipRole role : LeadershipRole.values()) {
            List<LeadershipMember> members = group.getCurrentMembers().stream().filter(m -> m.getRole() == role).toList();
            if (members.isEmpty()) {
                continue;
            }
            add(new H3(role.label() + "（" + members.size() + "）"));
            Grid<LeadershipMember> grid = new Grid<>();
            grid.setId("members-" + role.name().toLowerCase());
            grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setAllRowsVisible(true);
            grid.addColumn(LeadershipMember::getName).setHeader(getTranslation("leadership.name")).setWidth("8em")
                    .setFlexGrow(0);
            grid.addColumn(LeadershipMember::getPosition).setHeader(getTranslation("leadership.position"))
                    .setFlexGrow(1);
            grid.setItems(members);
            add(grid);
        }
    }
}
