package cn.gov.biyang.plan.submission;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** Upload limits; {@code portal.upload.max-size} (default 100MB) is enforced by the server on every upload. */
@Component
public class SubmissionSettings {

    private final long maxBytes;

    SubmissionSettings(@Value("${portal.upload.max-size:100MB}") DataSize maxSize) {
        this.maxBytes = maxSize.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** "100 MB" — for messages. */
    public static String describe(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " 字节";
    }
}
