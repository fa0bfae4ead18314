package cn.gov.biyang.plan.submission;

/** What was stored: the new version with its checksum. */
public record UploadReceipt(Long documentId, DocumentKind kind, int versionNo, String originalName, FileType type,
                            long size, String sha256) {
}
