package cn.gov.biyang.plan.projects.ui;

import java.io.ByteArrayInputStream;

import cn.gov.biyang.plan.projects.ImportError;
import cn.gov.biyang.plan.projects.ImportReport;
import cn.gov.biyang.plan.projects.ProjectExcelService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import org.springframework.security.access.AccessDeniedException;

/**
 * Upload an Excel file; valid rows are imported at once and the dialog lists every bad cell by row and column, so
 * the official can fix the file and import it again (nothing is duplicated).
 */
class ImportDialog extends Dialog {

    private final ProjectExcelService excel;
    private final Span summary = new Span();
    private final Grid<ImportError> errors = new Grid<>();
    private boolean imported;

    ImportDialog(ProjectExcelService excel, Runnable afterImport) {
        this.excel = excel;
        setHeaderTitle(getTranslation("projects.import.title"));
        setId("import-dialog");
        setWidth("min(70em, 95vw)");

        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            // the size and type limits of the Upload component are only enforced by the browser
            if (data.length > ProjectExcelService.MAX_FILE_BYTES) {
                fail(getTranslation("projects.import.tooLarge"));
                return;
            }
            handle(data);
        }));
        upload.setAcceptedFileTypes(".xlsx", ".xls");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ProjectExcelService.MAX_FILE_BYTES);
        upload.setId("import-upload");
        // only what differs from the component's defaults; the rest stays as the web component has it
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("projects.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("projects.upload.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("projects.upload.tooMany"))
                        .setFileIsTooBig(getTranslation("projects.import.tooLarge"))
                        .setIncorrectFileType(getTranslation("projects.upload.wrongType"))));

        summary.setId("import-summary");
        errors.setId("import-errors");
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        errors.addColumn(ImportError::row).setHeader(getTranslation("projects.import.row")).setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(e -> e.column() + " " + e.header()).setHeader(getTranslation("projects.import.column"))
                .setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(ImportError::message).setHeader(getTranslation("projects.import.message")).setFlexGrow(1);
        errors.setHeight("40vh");
        errors.setVisible(false);

        add(new VerticalLayout(new Paragraph(getTranslation("projects.import.help")), upload, summary, errors));
        Button close = new Button(getTranslation("projects.close"), e -> close());
        close.setId("import-close");
        getFooter().add(close);
        addOpenedChangeListener(e -> {
            if (!e.isOpened() && imported) {
                afterImport.run();
            }
        });
    }

    private void handle(byte[] data) {
        try {
            ImportReport report = excel.importWorkbook(new ByteArrayInputStream(data));
            imported = true;
            summary.setText(getTranslation("projects.import.summary", report.created(), report.updated(),
                    report.unchanged(), report.rejectedRows()));
            summary.getElement().getThemeList().set("badge", true);
            summary.getElement().getThemeList().set("error", report.hasErrors());
            summary.getElement().getThemeList().set("success", !report.hasErrors());
            errors.setItems(report.errors());
            errors.setVisible(report.hasErrors());
        } catch (IllegalArgumentException | AccessDeniedException e) {
            fail(e.getMessage());
        }
    }

    private void fail(String message) {
        summary.setText(message);
        errors.setVisible(false);
        Notification.show(message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
