package cn.gov.biyang.plan.base.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** File downloads over plain HTTP: the headers of an attachment and a short Chinese refusal. */
public final class Attachments {

    private Attachments() {
    }

    /**
     * RFC 6266: an ASCII fallback for old clients plus {@code filename*} in UTF-8, so 泌阳县水利调研报告.docx arrives
     * with its name intact in every current browser.
     */
    public static String contentDisposition(String fileName) {
        String fallback = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }

    /** Type, name and no type sniffing: the browser saves the file under its own (Chinese) name. */
    public static void start(HttpServletResponse response, String mimeType, String fileName) {
        response.setContentType(mimeType);
        response.setHeader("Content-Disposition", contentDisposition(fileName));
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    /** A refusal or a miss as plain Chinese text, for a link opened outside the portal's pages. */
    public static void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message);
    }
}
