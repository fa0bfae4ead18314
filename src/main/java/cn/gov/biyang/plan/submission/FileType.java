package cn.gov.biyang.plan.submission;

import java.util.Locale;
import java.util.Optional;

/** The file types a deliverable accepts, by the extension the user gives and the content the server checks. */
public enum FileType {
    PDF("pdf", "application/pdf"),
    DOC("doc", "application/msword"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    WPS("wps", "application/vnd.ms-works"),
    OFD("ofd", "application/ofd"),
    XLS("xls", "application/vnd.ms-excel"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ZIP("zip", "application/zip");

    private final String extension;
    private final String mimeType;

    FileType(String extension, String mimeType) {
        this.extension = extension;
        this.mimeType = mimeType;
    }

    public String extension() {
        return extension;
    }

    public String mimeType() {
        return mimeType;
    }

    /** The type a file name claims by its extension, if it is one we accept. */
    public static Optional<FileType> byName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (FileType t : values()) {
            if (t.extension.equals(ext)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** ".pdf,.doc,…" for the browser's file chooser (a convenience only: the server checks the content). */
    public static String[] extensions() {
        FileType[] all = values();
        String[] result = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            result[i] = "." + all[i].extension;
        }
        return result;
    }
}
