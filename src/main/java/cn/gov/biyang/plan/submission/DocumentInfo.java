package cn.gov.biyang.plan.submission;

import java.time.Instant;

/** One uploaded version: original name, checksum, who uploaded it for which unit, when and with what note. */
public record DocumentInfo(Long id, DocumentKind kind, String unitName, int versionNo, String originalName,
                           FileType type, long size, String sha256, String note, String uploadedByName,
                           Instant uploadedAt) {

    /** 正式稿 第2版 / 配合材料（县林业局）第1版. */
    public String label() {
        return kind == DocumentKind.MAIN ? "第" + versionNo + "版"
                : kind.label() + "（" + unitName + "）第" + versionNo + "版";
    }
}
