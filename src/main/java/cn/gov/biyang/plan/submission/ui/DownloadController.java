package cn.gov.biyang.plan.submission.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import cn.gov.biyang.plan.submission.DownloadableFile;
import cn.gov.biyang.plan.submission.NotFoundException;
import cn.gov.biyang.plan.submission.SubmissionService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /files/{id}}: a document with its original (Chinese) name, streamed from storage. Ids are row ids and easy
 * to guess, so every request is authorised by the service, which logs refusals (unknown ids included).
 */
@Controller
class DownloadController {

    static final String PATH = "/files/";

    private final SubmissionService submissions;

    DownloadController(SubmissionService submissions) {
        this.submissions = submissions;
    }

    @GetMapping(PATH + "{id}")
    void download(@PathVariable("id") long id, HttpServletResponse response) throws IOException {
        DownloadableFile file;
        try {
            file = submissions.download(id);
        } catch (AccessDeniedException e) {
            error(response, HttpServletResponse.SC_FORBIDDEN, "无权下载此文件。");
            return;
        } catch (NotFoundException e) {
            error(response, HttpServletResponse.SC_NOT_FOUND, "文件不存在。");
            return;
        }
        response.setContentType(file.mimeType());
        response.setContentLengthLong(file.size());
        response.setHeader("Content-Disposition", attachment(file.fileName()));
        response.setHeader("X-Content-SHA256", file.sha256());
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = file.content().get(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /**
     * RFC 6266: an ASCII fallback for old clients plus {@code filename*} in UTF-8, so 泌阳县水利调研报告.docx arrives
     * with its name intact in every current browser.
     */
    static String attachment(String fileName) {
        String fallback = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message);
    }

    static String link(Long documentId) {
        return PATH.substring(1) + documentId;
    }
}
