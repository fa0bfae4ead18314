package cn.gov.biyang.plan.submission.ui;

import java.util.concurrent.atomic.AtomicReference;

import cn.gov.biyang.plan.audit.AuditEntry;
import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.ui.MainLayout;
import cn.gov.biyang.plan.base.ui.Views;
import cn.gov.biyang.plan.submission.DeliverableDetail;
import cn.gov.biyang.plan.submission.DeliverableStatus;
import cn.gov.biyang.plan.submission.DeliverableSummary;
import cn.gov.biyang.plan.submission.DocumentInfo;
import cn.gov.biyang.plan.submission.DocumentKind;
import cn.gov.biyang.plan.submission.FileType;
import cn.gov.biyang.plan.submission.NotFoundException;
import cn.gov.biyang.plan.submission.RoundInfo;
import cn.gov.biyang.plan.submission.SubmissionException;
import cn.gov.biyang.plan.submission.SubmissionService;
import cn.gov.biyang.plan.submission.SubmissionSettings;
import cn.gov.biyang.plan.submission.TimelineEntry;
import cn.gov.biyang.plan.submission.UnitChoice;
import cn.gov.biyang.plan.submission.UploadReceipt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;

/**
 * One deliverable: status and round, the office's comment when returned, upload of new versions and contributions,
 * submission, review, every version with its checksum, the history timeline and the audit trail. Who may see and do
 * what is decided by {@link SubmissionService}; this view only leaves out what the user may not do.
 */
@Route(value = "deliverables/:id", layout = MainLayout.class)
@PermitAll
public class DeliverableView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SubmissionService submissions;
    private Long id;
    private String title = "";

    public DeliverableView(SubmissionService submissions) {
        this.submissions = submissions;
        setId("deliverable-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        if (id == null) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        try {
            show(submissions.detail(id));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            // the service has logged the refusal; the error view logs the page too
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    private void refresh() {
        show(submissions.detail(id));
    }

    private void show(DeliverableDetail detail) {
        removeAll();
        DeliverableSummary d = detail.deliverable();
        title = d.name() + " · " + detail.item().title();

        Anchor itemLink = new Anchor(detail.item().route(), detail.item().title());
        itemLink.setId("deliverable-item");
        add(new Div(Views.badge(detail.item().reference(), ""), new Span(" "), itemLink));
        add(Views.heading(d.name()));

        Div facts = new Div();
        facts.addClassName("facts");
        facts.add(fact(getTranslation("submission.lead"), new Span(detail.item().leadUnitName())));
        facts.add(fact(getTranslation("submission.due"), new Span(SubmissionBadges.due(d.dueOn()))));
        Span status = d.removed() ? new Span(getTranslation("submission.removed"))
                : SubmissionBadges.status(d.status(), d.round(), d.overdue());
        status.setId("deliverable-status");
        facts.add(fact(getTranslation("submission.status"), status));
        add(facts);

        RoundInfo current = detail.currentRound();
        if (d.status() == DeliverableStatus.RETURNED && current != null) {
            Div callout = new Div(new Span(getTranslation("submission.returnedComment", current.roundNo())),
                    new Paragraph(current.comment()));
            callout.addClassNames("card", "submission-box", "return-comment");
            callout.setId("return-comment");
            add(callout);
        }

        if (!d.removed()) {
            actions(detail);
        }

        add(new H3(getTranslation("submission.versions")));
        add(documents(detail));
        add(new H3(getTranslation("submission.rounds")));
        add(rounds(detail));
        add(new H3(getTranslation("submission.timeline")));
        add(timeline(detail));
        add(new H3(getTranslation("submission.activity")));
        add(activity(detail));
    }

    private void actions(DeliverableDetail detail) {
        DeliverableSummary d = detail.deliverable();
        boolean open = d.status().owedByUnit();
        if (detail.can().uploadMain() && open) {
            add(uploadSection("main", getTranslation("submission.uploadMain"), DocumentKind.MAIN, null));
        }
        if (detail.can().contribute() && d.status() != DeliverableStatus.ACCEPTED
                && !detail.contributorUnits().isEmpty()) {
            ComboBox<UnitChoice> unit = null;
            if (detail.contributorUnits().size() > 1 || !detail.can().uploadMain()) {
                unit = new ComboBox<>(getTranslation("submission.contributorUnit"), detail.contributorUnits());
                unit.setItemLabelGenerator(UnitChoice::name);
                unit.setValue(detail.contributorUnits().get(0));
                unit.setId("contribution-unit");
            }
            add(uploadSection("contribution", getTranslation("submission.uploadContribution"),
                    DocumentKind.CONTRIBUTION, unit));
        }
        HorizontalLayout buttons = new HorizontalLayout();
        if (detail.can().submit() && open) {
            Button submit = new Button(getTranslation("submission.submit"), e -> run(() -> {
                int round = submissions.submit(id);
                success(getTranslation("submission.submitted", round));
            }));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setEnabled(detail.canSubmitNow());
            submit.setId("submit");
            buttons.add(submit);
            if (!detail.canSubmitNow()) {
                buttons.add(new Span(getTranslation(d.status() == DeliverableStatus.RETURNED
                        ? "submission.submit.needNewVersion" : "submission.submit.needVersion")));
            }
        }
        if (detail.can().manage()) {
            Button edit = new Button(getTranslation("submission.edit"), e -> new DeliverableDialog(
                    getTranslation("submission.edit"), d.name(), d.dueOn(), true,
                    (name, due, reason) -> submissions.editDeliverable(id, name, due, reason), this::refresh).open());
            edit.setId("edit-deliverable");
            Button remove = new Button(getTranslation("submission.remove"), e -> new DeliverableDialog(
                    getTranslation("submission.remove"), null, null, false,
                    (name, due, reason) -> submissions.removeDeliverable(id, reason), this::refresh).open());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.setId("remove-deliverable");
            buttons.add(edit, remove);
        }
        if (buttons.getComponentCount() > 0) {
            add(buttons);
        }
        if (detail.can().review() && d.status() == DeliverableStatus.SUBMITTED) {
            add(reviewSection(detail.currentRound()));
        }
    }

    /**
     * A note field and an upload. The upload is streamed by the service straight from the request (RAW format: no
     * multipart buffering); refusals come back as a Chinese message and the file is not stored.
     */
    private Component uploadSection(String idPrefix, String heading, DocumentKind kind, ComboBox<UnitChoice> unit) {
        Div section = new Div();
        section.addClassNames("card", "submission-box");
        section.setId(idPrefix + "-upload-section");
        section.add(new H3(heading));
        AtomicReference<String> note = new AtomicReference<>("");
        AtomicReference<Long> unitId = new AtomicReference<>(unit == null || unit.getValue() == null ? null
                : unit.getValue().id());
        TextField noteField = new TextField(getTranslation("submission.note"));
        noteField.setId(idPrefix + "-note");
        noteField.setMaxLength(500);
        noteField.setWidthFull();
        noteField.setValueChangeMode(ValueChangeMode.EAGER);
        noteField.addValueChangeListener(e -> note.set(e.getValue()));
        if (unit != null) {
            unit.addValueChangeListener(e -> unitId.set(e.getValue() == null ? null : e.getValue().id()));
            section.add(unit);
        }
        section.add(noteField);

        Upload upload = new Upload();
        // Runs in the upload request's thread, outside the UI lock: read only the atomics, change the UI via access.
        UploadHandler handler = event -> {
            UI ui = event.getUI();
            try {
                UploadReceipt r = submissions.upload(id, kind, unitId.get(), event.getFileName(), note.get(),
                        event.getInputStream());
                ui.access(() -> {
                    success(getTranslation("submission.uploaded", r.originalName(), r.versionNo(),
                            r.sha256().substring(0, 12)));
                    refresh();
                });
            } catch (SubmissionException | org.springframework.security.access.AccessDeniedException e) {
                event.reject(e.getMessage());
                ui.access(() -> {
                    error(e.getMessage());
                    // one file at a time: clear the refused one so the next choice is not blocked
                    upload.clearFileList();
                });
            }
        };
        upload.setUploadHandler(handler);
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(FileType.extensions());
        // the browser check is a convenience; the service enforces the limit on the bytes it receives
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, submissions.maxUploadBytes()));
        upload.setI18n(uploadI18n());
        upload.setId(idPrefix + "-upload");
        upload.addFileRejectedListener(e -> {
            error(e.getErrorMessage());
            upload.clearFileList();
        });
        section.add(upload, new Paragraph(getTranslation("submission.acceptedTypes",
                SubmissionSettings.describe(submissions.maxUploadBytes()))));
        return section;
    }

    private Component reviewSection(RoundInfo round) {
        Div section = new Div();
        section.addClassNames("card", "submission-box");
        section.setId("review-section");
        section.add(new H3(getTranslation("submission.review", round.roundNo())));
        TextArea comment = new TextArea(getTranslation("submission.comment"));
        comment.setId("review-comment");
        comment.setWidthFull();
        comment.setMaxLength(2000);
        comment.setHelperText(getTranslation("submission.comment.help"));
        Button accept = new Button(getTranslation("submission.accept"), e -> run(() -> {
            submissions.accept(id, round.roundNo(), comment.getValue());
            success(getTranslation("submission.accepted.done", round.roundNo()));
        }));
        accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        accept.setId("accept");
        Button ret = new Button(getTranslation("submission.return"), e -> run(() -> {
            submissions.returnForRevision(id, round.roundNo(), comment.getValue());
            success(getTranslation("submission.returned.done", round.roundNo()));
        }));
        ret.addThemeVariants(ButtonVariant.LUMO_ERROR);
        ret.setId("return");
        section.add(comment, new HorizontalLayout(accept, ret));
        return section;
    }

    private Component documents(DeliverableDetail detail) {
        if (detail.documents().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("submission.noVersions"));
            none.setId("documents-grid");
            return none;
        }
        Grid<DocumentInfo> grid = new Grid<>();
        grid.setId("documents-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(DocumentInfo::label).setHeader(getTranslation("submission.version")).setAutoWidth(true);
        grid.addComponentColumn(doc -> {
            Anchor a = new Anchor(DownloadController.link(doc.id()), doc.originalName());
            a.getElement().setAttribute("download", true);
            // a plain link to the controller, not a router link
            a.getElement().setAttribute("router-ignore", true);
            a.addClassName("doc-link");
            return a;
        }).setHeader(getTranslation("submission.file")).setFlexGrow(3);
        grid.addColumn(doc -> size(doc.size())).setHeader(getTranslation("submission.size")).setAutoWidth(true);
        grid.addComponentColumn(doc -> {
            Span sha = new Span(doc.sha256().substring(0, 12) + "…");
            sha.getElement().setAttribute("title", doc.sha256());
            sha.addClassName("sha256");
            sha.getElement().setAttribute("data-sha256", doc.sha256());
            return sha;
        }).setHeader("SHA-256").setAutoWidth(true);
        grid.addColumn(doc -> doc.uploadedByName() + "（" + doc.unitName() + "）")
                .setHeader(getTranslation("submission.uploadedBy")).setFlexGrow(2);
        grid.addColumn(doc -> ChineseFormats.dateTime(doc.uploadedAt())).setHeader(getTranslation("submission.at"))
                .setAutoWidth(true);
        grid.addColumn(doc -> doc.note() == null ? "" : doc.note()).setHeader(getTranslation("submission.note"))
                .setFlexGrow(2);
        grid.setItems(detail.documents());
        return grid;
    }

    private Component rounds(DeliverableDetail detail) {
        UnorderedList list = new UnorderedList();
        list.setId("rounds");
        if (detail.rounds().isEmpty()) {
            list.add(new ListItem(getTranslation("submission.noRounds")));
        }
        for (RoundInfo r : detail.rounds()) {
            String text = getTranslation("submission.roundLine", r.roundNo(), r.versionNo(), r.submittedByName(),
                    ChineseFormats.dateTime(r.submittedAt()));
            ListItem li = new ListItem(new Span(text));
            if (r.decision() == null) {
                li.add(new Span(" · "), Views.badge(getTranslation("submission.status.SUBMITTED"), ""));
            } else {
                li.add(new Span(" · "), Views.badge(r.decision().label(),
                        r.decision().name().equals("ACCEPTED") ? "success" : "error"),
                        new Span(" " + r.decidedByName() + " " + ChineseFormats.dateTime(r.decidedAt())));
                if (r.comment() != null) {
                    Paragraph c = new Paragraph(getTranslation("submission.commentLine", r.comment()));
                    c.addClassName("round-comment");
                    li.add(c);
                }
            }
            li.addClassName("round");
            list.add(li);
        }
        return list;
    }

    private Component timeline(DeliverableDetail detail) {
        UnorderedList list = new UnorderedList();
        list.setId("timeline");
        list.addClassName("timeline");
        for (TimelineEntry e : detail.timeline()) {
            ListItem li = new ListItem(new Span(ChineseFormats.dateTime(e.at()) + " "),
                    Views.badge(e.what(), switch (e.kind()) {
                        case ACCEPTED -> "success";
                        case RETURNED -> "error";
                        case CHANGE -> "contrast";
                        default -> "";
                    }), new Span(" " + e.who() + " " + e.detail()));
            li.addClassName("timeline-" + e.kind().name().toLowerCase(java.util.Locale.ROOT));
            list.add(li);
        }
        return list;
    }

    private Component activity(DeliverableDetail detail) {
        UnorderedList list = new UnorderedList();
        list.setId("activity");
        for (AuditEntry e : detail.activity()) {
            // the detail already says what was done; refusals also name the attempted action
            String what = "OK".equals(e.result()) ? "" : getTranslation("submission.action." + e.action())
                    + "（" + getTranslation("submission.refused") + "）";
            list.add(new ListItem(ChineseFormats.dateTime(e.occurredAt()) + " " + e.actor() + " " + what
                    + (e.detail() == null ? "" : e.detail())));
        }
        return list;
    }

    /** Runs an action; a refusal is shown as a Chinese message and the page keeps what was typed. */
    private void run(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (SubmissionException | org.springframework.security.access.AccessDeniedException e) {
            error(e.getMessage());
        }
    }

    private static void success(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("error-notification");
    }

    private UploadI18N uploadI18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("submission.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("submission.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("submission.upload.tooMany"))
                .setFileIsTooBig(getTranslation("submission.upload.tooBig",
                        SubmissionSettings.describe(submissions.maxUploadBytes())))
                .setIncorrectFileType(getTranslation("submission.upload.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("submission.upload.connecting"))
                        .setStalled(getTranslation("submission.upload.stalled"))
                        .setProcessing(getTranslation("submission.upload.processing"))
                        .setHeld(getTranslation("submission.upload.held")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("submission.upload.serverUnavailable"))
                        .setUnexpectedServerError(getTranslation("submission.upload.refused"))
                        .setForbidden(getTranslation("submission.upload.refused"))
                        .setFileTooLarge(getTranslation("submission.upload.tooBig",
                                SubmissionSettings.describe(submissions.maxUploadBytes())))));
        return i18n;
    }

    private static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format("%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return bytes + " B";
    }

    private static Div fact(String label, Component value) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Div row = new Div(l, value);
        row.addClassName("fact");
        return row;
    }

    @Override
    public String getPageTitle() {
        return title + " · 规划编制协同平台";
    }
}
