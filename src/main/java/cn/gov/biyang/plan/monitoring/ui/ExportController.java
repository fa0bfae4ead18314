package cn.gov.biyang.plan.monitoring.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

import cn.gov.biyang.plan.base.web.Attachments;
import cn.gov.biyang.plan.monitoring.BulletinService;
import cn.gov.biyang.plan.monitoring.LedgerExportService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /office/exports/**}: the ledgers (Excel) and archived bulletins (Word). Spring Security only requires a
 * signed-in user here; the services decide who may export and refuse liaisons.
 */
@RestController
@RequestMapping(ExportController.PATH)
class ExportController {

    static final String PATH = "/office/exports";

    private final LedgerExportService ledgers;
    private final BulletinService bulletins;

    ExportController(LedgerExportService ledgers, BulletinService bulletins) {
        this.ledgers = ledgers;
        this.bulletins = bulletins;
    }

    @GetMapping("/ledger.xlsx")
    void ledger(HttpServletResponse response) throws IOException {
        Attachments.start(response, LedgerExportService.XLSX_MIME, "规划编制材料台账.xlsx");
        try {
            // streamed: the service refuses before it writes a byte, so the response is still clean then
            ledgers.ledger(lazy(response));
        } catch (AccessDeniedException e) {
            response.reset();
            Attachments.error(response, HttpServletResponse.SC_FORBIDDEN, e.getMessage());
        }
    }

    /** The response body, opened only when the first byte is written. */
    private static OutputStream lazy(HttpServletResponse response) {
        return new OutputStream() {
            private OutputStream out;

            private OutputStream out() throws IOException {
                if (out == null) {
                    out = response.getOutputStream();
                }
                return out;
            }

            @Override
            public void write(int b) throws IOException {
                out().write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out().write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                if (out != null) {
                    out.flush();
                }
            }
        };
    }

    @GetMapping("/monitor.xlsx")
    void monitor(@RequestParam(name = "phase", required = false) Integer phase, HttpServletResponse response)
            throws IOException {
        send(response, () -> {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            ledgers.monitor(phase == null ? ledgers.defaultPhase() : phase, buffer);
            return new BulletinService.Download("进度监测.xlsx", LedgerExportService.XLSX_MIME, buffer.toByteArray());
        });
    }

    @GetMapping("/bulletins/{id}.docx")
    void bulletin(@PathVariable("id") long id, HttpServletResponse response) throws IOException {
        send(response, () -> bulletins.download(id));
    }

    @GetMapping("/bulletins/{id}.pdf")
    void bulletinPdf(@PathVariable("id") long id, HttpServletResponse response) throws IOException {
        send(response, () -> bulletins.downloadPdf(id));
    }

    /**
     * A file made whole in memory before a byte is sent, so a refusal (403) or a miss (404: no such phase or bulletin,
     * or no CJK font for the PDF) still gets a clean Chinese text response.
     */
    private static void send(HttpServletResponse response, Supplier<BulletinService.Download> make)
            throws IOException {
        BulletinService.Download file;
        try {
            file = make.get();
        } catch (AccessDeniedException e) {
            Attachments.error(response, HttpServletResponse.SC_FORBIDDEN, e.getMessage());
            return;
        } catch (IllegalArgumentException | IllegalStateException e) {
            Attachments.error(response, HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        }
        Attachments.start(response, file.mimeType(), file.fileName());
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }

    static String bulletinPdfLink(long id) {
        return PATH.substring(1) + "/bulletins/" + id + ".pdf";
    }

    static String bulletinLink(long id) {
        return PATH.substring(1) + "/bulletins/" + id + ".docx";
    }
}
