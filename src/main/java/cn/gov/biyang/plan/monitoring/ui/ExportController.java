package cn.gov.biyang.plan.monitoring.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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
        start(response, LedgerExportService.XLSX_MIME, "规划编制材料台账.xlsx");
        try {
            // streamed: the service refuses before it writes a byte, so the response is still clean then
            ledgers.ledger(lazy(response));
        } catch (AccessDeniedException e) {
            response.reset();
            error(response, e.getMessage());
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
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        try {
            ledgers.monitor(phase == null ? ledgers.defaultPhase() : phase, buffer);
        } catch (AccessDeniedException e) {
            error(response, e.getMessage());
            return;
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(e.getMessage());
            return;
        }
        start(response, LedgerExportService.XLSX_MIME, "进度监测.xlsx");
        response.setContentLength(buffer.size());
        buffer.writeTo(response.getOutputStream());
    }

    @GetMapping("/bulletins/{id}.docx")
    void bulletin(@PathVariable("id") long id, HttpServletResponse response) throws IOException {
        BulletinService.Download file;
        try {
            file = bulletins.download(id);
        } catch (AccessDeniedException e) {
            error(response, e.getMessage());
            return;
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(e.getMessage());
            return;
        }
        start(response, file.mimeType(), file.fileName());
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }

    @GetMapping("/bulletins/{id}.pdf")
    void bulletinPdf(@PathVariable("id") long id, HttpServletResponse response) throws IOException {
        BulletinService.Download file;
        try {
            file = bulletins.downloadPdf(id);
        } catch (AccessDeniedException e) {
            error(response, e.getMessage());
            return;
        } catch (IllegalArgumentException | IllegalStateException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(e.getMessage());
            return;
        }
        start(response, file.mimeType(), file.fileName());
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }

    static String bulletinPdfLink(long id) {
        return PATH.substring(1) + "/bulletins/" + id + ".pdf";
    }

    static String bulletinLink(long id) {
        return PATH.substring(1) + "/bulletins/" + id + ".docx";
    }

    private static void start(HttpServletResponse response, String mime, String fileName) {
        response.setContentType(mime);
        String fallback = fileName.replaceAll("[^\\x20-\\x7E]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded);
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    private static void error(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message);
    }
}
