package cn.gov.biyang.plan.submission;

import java.io.InputStream;
import java.util.function.Supplier;

/** A document the user may download: its original name, type, size, checksum and a stream of its bytes. */
public record DownloadableFile(String fileName, String mimeType, long size, String sha256,
                               Supplier<InputStream> content) {
}
