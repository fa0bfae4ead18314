package cn.gov.biyang.plan.submission.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import cn.gov.biyang.plan.base.web.Attachments;
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
            Attachments.error(response, HttpServletResponse.SC_FORBIDDEN, "无权下载此文件。");
            return;
        } catch (NotFoundException e) {
            Attachments.error(response, HttpServletResponse.SC_NOT_FOUND, "文件不存在。");
            return;
        }
        Attachments.start(response, file.mimeType(), file.fileName());
        response.setContentLengthLong(file.size());
        response.setHeader("X-Content-SHA256", file.sha256());
        try (InputStream in = file.content().get(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    static String link(Long documentId) {
        return PATH.substring(1) + documentId;
    }
}
