package cn.gov.biyang.plan.projects.ui;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.projects.DomainRef;
import cn.gov.biyang.plan.projects.Funding;
import cn.gov.biyang.plan.projects.Money;
import cn.gov.biyang.plan.projects.PermitStatus;
import cn.gov.biyang.plan.projects.PlanOption;
import cn.gov.biyang.plan.projects.ProjectDetail;
import cn.gov.biyang.plan.projects.ProjectField;
import cn.gov.biyang.plan.projects.ProjectInput;
import cn.gov.biyang.plan.projects.ProjectNature;
import cn.gov.biyang.plan.projects.ProjectService;
import cn.gov.biyang.plan.projects.ProjectValidationException;
import cn.gov.biyang.plan.projects.ProposalStatus;
import cn.gov.biyang.plan.projects.ReferenceData;
import cn.gov.biyang.plan.projects.UnitOption;
import cn.gov.biyang.plan.projects.FieldError;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

/**
 * The project form (新建 and 编辑), in the fields and order of the Excel template. The service decides what is valid
 * and who may save; the form shows its Chinese messages at the fields they concern and keeps what was typed.
 */
@Route(value = "projects/new", layout = MainLayout.class)
@RouteAlias(value = "projects/:id([0-9]+)/edit", layout = MainLayout.class)
@PageTitle("项目 · 规划编制协同平台")
@PermitAll
public class ProjectFormView extends VerticalLayout implements BeforeEnterObserver {

    private final ProjectService service;
    private final ReferenceData ref;
    private final Map<ProjectField, Component> fields = new EnumMap<>(ProjectField.class);

    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<UnitOption> applicant = new ComboBox<>();
    private final TextField legalEntity = new TextField();
    private final TextField contactPerson = new TextField();
    private final TextField contactPhone = new TextField();
    private final ComboBox<DomainRef> domain = new ComboBox<>();
    private final ComboBox<ProjectNature> nature = new ComboBox<>();
    private final ComboBox<UnitOption> location = new ComboBox<>();
    private final TextArea scaleContent = new TextArea();
    private final BigDecimalField total = new BigDecimalField();
    private final Map<ProjectField, BigDecimalField> funds = new EnumMap<>(ProjectField.class);
    private final Span fundingSum = new Span();
    private final BigDecimalField period = new BigDecimalField();
    private final IntegerField startYear = new IntegerField();
    private final IntegerField endYear = new IntegerField();
    private final TextArea progress = new TextArea();
    private final ComboBox<PermitStatus> land = new ComboBox<>();
    private final ComboBox<PermitStatus> planning = new ComboBox<>();
    private final ComboBox<PermitStatus> eia = new ComboBox<>();
    private final MultiSelectComboBox<PlanOption> plans = new MultiSelectComboBox<>();
    private final ComboBox<ProposalStatus> national = new ComboBox<>();
    private final ComboBox<ProposalStatus> provincial = new ComboBox<>();
    private final ComboBox<ProposalStatus> municipal = new ComboBox<>();
    private final TextArea remarks = new TextArea();

    private Long projectId;
    private long version;

    public ProjectFormView(ProjectService service) {
        this.service = service;
        this.ref = service.referenceData();
        setId("project-form");
        setMaxWidth("70em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        projectId = event.getRouteParameters().getLong("id").orElse(null);
        ProjectInput input;
        if (projectId == null) {
            if (!service.canCreate()) {
                event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
                return;
            }
            input = ProjectInput.builder().applicantUnitId(service.ownUnit().orElse(null)).build();
        } else {
            ProjectDetail detail;
            try {
                detail = service.detail(projectId);
            } catch (AccessDeniedException e) {
                event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
                return;
            } catch (IllegalArgumentException e) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            if (!detail.can(cn.gov.biyang.plan.projects.ProjectCommand.EDIT)) {
                event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
                return;
            }
            version = detail.version();
            input = detail.input();
        }
        build(input);
        getElement().executeJs("this.scrollIntoView({block: 'start'})");
    }

    private void build(ProjectInput in) {
        add(Views.heading(getTranslation(projectId == null ? "projects.form.newTitle" : "projects.form.editTitle")));

        applicant.setItems(ref.units());
        applicant.setItemLabelGenerator(UnitOption::name);
        applicant.setReadOnly(service.ownUnit().isPresent());
        domain.setItems(ref.domains().stream().filter(d -> !d.retired() || d.id().equals(in.domainId())).toList());
        domain.setItemLabelGenerator(DomainRef::name);
        nature.setItems(Arrays.asList(ProjectNature.values()));
        nature.setItemLabelGenerator(n -> getTranslation("projects.nature." + n.name()));
        location.setItems(ref.townships());
        location.setItemLabelGenerator(UnitOption::name);
        location.setPlaceholder(getTranslation("projects.countyWide"));
        location.setHelperText(getTranslation("projects.form.locationHelp"));
        location.setClearButtonVisible(true);
        for (ComboBox<PermitStatus> c : List.of(land, planning, eia)) {
            c.setItems(Arrays.asList(PermitStatus.values()));
            c.setItemLabelGenerator(p -> getTranslation("projects.permit." + p.name()));
            c.setClearButtonVisible(true);
        }
        plans.setItems(ref.plans());
        plans.setItemLabelGenerator(p -> p.number() == 0 ? p.shortTitle() : p.number() + " " + p.shortTitle());
        // a liaison states an intention (拟报送); whether it was sent and adopted is the office's to record
        boolean liaison = service.ownUnit().isPresent();
        for (ComboBox<ProposalStatus> c : List.of(national, provincial, municipal)) {
            c.setItems(liaison ? List.of(ProposalStatus.PLANNED) : Arrays.asList(ProposalStatus.values()));
            c.setItemLabelGenerator(p -> getTranslation("projects.proposal." + p.name()));
            c.setClearButtonVisible(true);
            c.setPlaceholder(getTranslation("projects.proposal.none"));
        }
        code.setPlaceholder("2006-411726-04-01-512345");
        code.setHelperText(getTranslation("projects.form.codeHelp"));
        code.setMaxLength(30);
        name.setMaxLength(200);
        scaleContent.setMaxLength(4000);
        progress.setMaxLength(4000);
        remarks.setMaxLength(4000);

        FormLayout basics = form();
        register(basics, ProjectField.NAME, name, 2);
        register(basics, ProjectField.CODE, code, 1);
        register(basics, ProjectField.APPLICANT, applicant, 1);
        register(basics, ProjectField.LEGAL_ENTITY, legalEntity, 1);
        register(basics, ProjectField.CONTACT_PERSON, contactPerson, 1);
        register(basics, ProjectField.CONTACT_PHONE, contactPhone, 1);
        register(basics, ProjectField.DOMAIN, domain, 1);
        register(basics, ProjectField.NATURE, nature, 1);
        register(basics, ProjectField.LOCATION, location, 1);
        register(basics, ProjectField.SCALE_CONTENT, scaleContent, 2);

        FormLayout money = form();
        register(money, ProjectField.TOTAL_INVESTMENT, total, 1);
        register(money, ProjectField.PERIOD_INVESTMENT, period, 1);
        for (ProjectField source : List.of(ProjectField.FUND_CENTRAL, ProjectField.FUND_PROVINCE,
                ProjectField.FUND_CITY, ProjectField.FUND_COUNTY, ProjectField.FUND_SELF, ProjectField.FUND_OTHER)) {
            BigDecimalField f = new BigDecimalField();
            funds.put(source, f);
            register(money, source, f, 1);
            f.addValueChangeListener(e -> showFundingSum());
        }
        total.addValueChangeListener(e -> showFundingSum());
        fundingSum.setId("funding-sum");
        money.add(fundingSum, 2);

        FormLayout work = form();
        register(work, ProjectField.START_YEAR, startYear, 1);
        register(work, ProjectField.END_YEAR, endYear, 1);
        register(work, ProjectField.PROGRESS, progress, 2);
        register(work, ProjectField.LAND_STATUS, land, 1);
        register(work, ProjectField.PLANNING_STATUS, planning, 1);
        register(work, ProjectField.EIA_STATUS, eia, 1);

        FormLayout planLinks = form();
        register(planLinks, ProjectField.PLANS, plans, 2);
        register(planLinks, ProjectField.NATIONAL_PROPOSAL, national, 1);
        register(planLinks, ProjectField.PROVINCIAL_PROPOSAL, provincial, 1);
        register(planLinks, ProjectField.MUNICIPAL_PROPOSAL, municipal, 1);
        register(planLinks, ProjectField.REMARKS, remarks, 2);

        add(new H3(getTranslation("projects.form.basics")), basics,
                new H3(getTranslation("projects.form.money")), money,
                new H3(getTranslation("projects.form.work")), work,
                new H3(getTranslation("projects.form.plans")), planLinks);

        Button save = new Button(getTranslation("projects.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("project-save");
        Button cancel = new Button(getTranslation("projects.cancel"), e -> getUI().ifPresent(ui -> ui.navigate(
                projectId == null ? "projects" : "projects/" + projectId)));
        cancel.setId("project-cancel");
        add(new HorizontalLayout(save, cancel));
        fill(in);
    }

    private static FormLayout form() {
        FormLayout f = new FormLayout();
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        f.setWidthFull();
        return f;
    }

    private void register(FormLayout form, ProjectField field, Component component, int colspan) {
        if (component instanceof com.vaadin.flow.component.HasLabel labelled) {
            labelled.setLabel(getTranslation("projects.field." + field.name()));
        }
        if (component instanceof com.vaadin.flow.component.HasValue<?, ?> value) {
            value.setRequiredIndicatorVisible(field.required());
        }
        component.setId("field-" + field.name().toLowerCase().replace('_', '-'));
        fields.put(field, component);
        form.add(component, colspan);
    }

    private void fill(ProjectInput in) {
        code.setValue(nz(in.code()));
        name.setValue(nz(in.name()));
        applicant.setValue(ref.unit(in.applicantUnitId()).orElse(null));
        legalEntity.setValue(nz(in.legalEntity()));
        contactPerson.setValue(nz(in.contactPerson()));
        contactPhone.setValue(nz(in.contactPhone()));
        domain.setValue(in.domainId() == null ? null : ref.domain(in.domainId()).orElse(null));
        nature.setValue(in.nature());
        location.setValue(ref.unit(in.locationUnitId()).orElse(null));
        scaleContent.setValue(nz(in.scaleContent()));
        total.setValue(in.totalInvestment());
        funds.forEach((source, f) -> f.setValue(zeroToNull(in.funding().get(source))));
        period.setValue(in.periodInvestment());
        startYear.setValue(in.startYear());
        endYear.setValue(in.endYear());
        progress.setValue(nz(in.progress()));
        land.setValue(in.landStatus());
        planning.setValue(in.planningStatus());
        eia.setValue(in.eiaStatus());
        plans.setValue(ref.plans().stream().filter(p -> in.planIds().contains(p.id()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        setProposal(national, in.nationalProposal());
        setProposal(provincial, in.provincialProposal());
        setProposal(municipal, in.municipalProposal());
        remarks.setValue(nz(in.remarks()));
        showFundingSum();
    }

    private static void setProposal(ComboBox<ProposalStatus> box, ProposalStatus value) {
        if (value != null && box.getListDataView().getItems().noneMatch(value::equals)) {
            box.setItems(List.of(ProposalStatus.PLANNED, value));
        }
        box.setValue(value);
    }

    private ProjectInput input() {
        Funding funding = Funding.none();
        for (Map.Entry<ProjectField, BigDecimalField> f : funds.entrySet()) {
            funding = funding.with(f.getKey(), f.getValue().getValue());
        }
        Set<Long> planIds = plans.getValue().stream().map(PlanOption::id).collect(Collectors.toSet());
        return ProjectInput.builder().code(code.getValue()).name(name.getValue())
                .applicantUnitId(applicant.getValue() == null ? null : applicant.getValue().id())
                .legalEntity(legalEntity.getValue()).contactPerson(contactPerson.getValue())
                .contactPhone(contactPhone.getValue())
                .domainId(domain.getValue() == null ? null : domain.getValue().id()).nature(nature.getValue())
                .locationUnitId(location.getValue() == null ? null : location.getValue().id())
                .scaleContent(scaleContent.getValue()).totalInvestment(total.getValue()).funding(funding)
                .periodInvestment(period.getValue()).startYear(startYear.getValue()).endYear(endYear.getValue())
                .progress(progress.getValue()).landStatus(land.getValue()).planningStatus(planning.getValue())
                .eiaStatus(eia.getValue()).planIds(planIds).nationalProposal(national.getValue())
                .provincialProposal(provincial.getValue()).municipalProposal(municipal.getValue())
                .remarks(remarks.getValue()).build();
    }

    private void showFundingSum() {
        BigDecimal sum = input().funding().sum();
        BigDecimal t = total.getValue();
        boolean matches = t != null && Money.of(t).compareTo(sum) == 0;
        fundingSum.setText(getTranslation("projects.form.fundingSum", Money.format(sum),
                t == null ? "—" : Money.format(t)));
        fundingSum.getElement().getThemeList().set("badge", true);
        fundingSum.getElement().getThemeList().set("success", matches);
        fundingSum.getElement().getThemeList().set("error", !matches && t != null);
    }

    private void save() {
        clearErrors();
        try {
            long id;
            if (projectId == null) {
                id = service.create(input());
            } else {
                service.update(projectId, version, input());
                id = projectId;
            }
            Notification.show(getTranslation("projects.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("projects/" + id));
        } catch (ProjectValidationException e) {
            showErrors(e.errors());
        } catch (AccessDeniedException | IllegalStateException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void showErrors(List<FieldError> errors) {
        Map<ProjectField, String> byField = errors.stream().collect(Collectors.toMap(FieldError::field,
                FieldError::message, (a, b) -> a + "；" + b));
        byField.forEach((field, message) -> {
            if (fields.get(field) instanceof HasValidation v) {
                v.setErrorMessage(message);
                v.setInvalid(true);
            }
        });
        Notification.show(getTranslation("projects.form.fixErrors", errors.size()), 5000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        fields.get(errors.getFirst().field()).getElement().callJsFunction("focus");
    }

    private void clearErrors() {
        fields.values().forEach(c -> {
            if (c instanceof HasValidation v) {
                v.setInvalid(false);
            }
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static BigDecimal zeroToNull(BigDecimal amount) {
        return amount == null || amount.signum() == 0 ? null : amount;
    }
}
