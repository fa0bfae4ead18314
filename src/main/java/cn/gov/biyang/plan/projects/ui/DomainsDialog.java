package cn.gov.biyang.plan.projects.ui;

import cn.gov.biyang.plan.projects.DomainRef;
import cn.gov.biyang.plan.projects.ProjectService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** The office keeps the 所属领域 list: add, rename, retire (kept on old projects) or restore. */
class DomainsDialog extends Dialog {

    private final ProjectService service;
    private final VerticalLayout rows = new VerticalLayout();
    private boolean changed;

    DomainsDialog(ProjectService service, Runnable afterChange) {
        this.service = service;
        setHeaderTitle(getTranslation("projects.domains"));
        setId("domains-dialog");
        rows.setPadding(false);
        rows.setSpacing(false);
        TextField newName = new TextField();
        newName.setPlaceholder(getTranslation("projects.domains.newName"));
        newName.setId("domain-new-name");
        Button add = new Button(getTranslation("projects.domains.add"), e -> act(() -> {
            service.addDomain(newName.getValue());
            newName.clear();
        }));
        add.setId("domain-add");
        HorizontalLayout adding = new HorizontalLayout(newName, add);
        adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(rows, adding);
        Button close = new Button(getTranslation("projects.close"), e -> close());
        getFooter().add(close);
        addOpenedChangeListener(e -> {
            if (!e.isOpened() && changed) {
                afterChange.run();
            }
        });
        show();
    }

    private void show() {
        rows.removeAll();
        for (DomainRef d : service.domains()) {
            TextField name = new TextField();
            name.setValue(d.name());
            name.setWidth("12em");
            Button rename = new Button(getTranslation("projects.domains.rename"),
                    e -> act(() -> service.renameDomain(d.id(), name.getValue())));
            rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button retire = new Button(getTranslation(d.retired() ? "projects.domains.restore"
                    : "projects.domains.retire"), e -> act(() -> service.setDomainRetired(d.id(), !d.retired())));
            retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            if (d.retired()) {
                name.setHelperText(getTranslation("projects.domains.retired"));
            }
            HorizontalLayout row = new HorizontalLayout(name, rename, retire);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            rows.add(row);
        }
    }

    private void act(Runnable change) {
        try {
            change.run();
            changed = true;
            show();
        } catch (IllegalArgumentException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
