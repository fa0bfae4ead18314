package cn.gov.biyang.plan.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks that a received file really is what its extension says, from its bytes: a renamed HTML page or program is
 * refused whatever it is called. Signatures: PDF {@code %PDF-}; DOC, XLS and WPS are OLE2 compound files; DOCX, XLSX
 * and OFD are ZIP containers with their own main part; a ZIP may hold only accepted documents (no nested archives).
 * OLE2 files are not told apart further (a .doc holding a spreadsheet is still an office document, not a threat).
 */
final class FileTypeDetector {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] ZIP_LOCAL = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] ZIP_EMPTY = {0x50, 0x4B, 0x05, 0x06};
    /** Windows writes Chinese names in ZIPs in the local code page unless flagged UTF-8. */
    private static final Charset ZIP_NAME_FALLBACK = Charset.forName("GB18030");
    private static final int MAX_ZIP_ENTRIES = 2000;
    private static final int SNIFF = 1024;

    private FileTypeDetector() {
    }

    /** The checked type of the file, or a {@link SubmissionException} saying in Chinese why it is refused. */
    static FileType detect(Path file, String originalName) {
        FileType claimed = FileType.byName(originalName).orElseThrow(() -> new SubmissionException(
                "不支持的文件类型：" + originalName + "。只接受 PDF、DOC、DOCX、WPS、OFD、XLS、XLSX 及其 ZIP 压缩包。"));
        byte[] head = head(file);
        if (!matches(claimed, head, file)) {
            throw new SubmissionException("文件内容与扩展名不符：" + originalName + " 的内容不是 "
                    + claimed.name() + " 文件" + actualHint(head) + "，已拒绝。");
        }
        if (claimed == FileType.ZIP) {
            checkArchive(file, originalName);
        }
        return claimed;
    }

    private static boolean matches(FileType claimed, byte[] head, Path file) {
        return switch (claimed) {
            case PDF -> indexOf(head, PDF) >= 0;
            case DOC, XLS, WPS -> startsWith(head, OLE2);
            case DOCX -> isZip(head) && zipHas(file, "word/document.xml");
            case XLSX -> isZip(head) && zipHas(file, "xl/workbook.xml");
            case OFD -> isZip(head) && zipHas(file, "OFD.xml");
            case ZIP -> isZip(head);
        };
    }

    /** Every file in the archive must itself be an accepted document, checked by its own first bytes. */
    private static void checkArchive(Path file, String originalName) {
        try (ZipFile zip = new ZipFile(file.toFile(), ZIP_NAME_FALLBACK)) {
            int count = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                if (++count > MAX_ZIP_ENTRIES) {
                    throw new SubmissionException("压缩包 " + originalName + " 内文件过多（超过 " + MAX_ZIP_ENTRIES
                            + " 个），已拒绝。");
                }
                String name = entry.getName();
                FileType type = FileType.byName(name).orElseThrow(() -> new SubmissionException(
                        "压缩包 " + originalName + " 内含不接受的文件：" + name + "，已拒绝。"));
                if (type == FileType.ZIP) {
                    throw new SubmissionException("压缩包 " + originalName + " 内不能再含压缩包：" + name + "，已拒绝。");
                }
                byte[] head;
                try (InputStream in = zip.getInputStream(entry)) {
                    head = in.readNBytes(SNIFF);
                }
                boolean ok = switch (type) {
                    case PDF -> indexOf(head, PDF) >= 0;
                    case DOC, XLS, WPS -> startsWith(head, OLE2);
                    // inner Office/OFD packages are ZIP containers; their parts are not unpacked a second time
                    case DOCX, XLSX, OFD -> startsWith(head, ZIP_LOCAL);
                    case ZIP -> false;
                };
                if (!ok) {
                    throw new SubmissionException("压缩包 " + originalName + " 内的 " + name + " 内容与扩展名不符"
                            + actualHint(head) + "，已拒绝。");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new SubmissionException("压缩包 " + originalName + " 无法读取（可能已损坏或加密），已拒绝。");
        }
    }

    private static boolean zipHas(Path file, String entryName) {
        try (ZipFile zip = new ZipFile(file.toFile(), ZIP_NAME_FALLBACK)) {
            return zip.getEntry(entryName) != null;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Names what the content actually looks like, when that is recognisable, so the message is concrete. */
    private static String actualHint(byte[] head) {
        if (head.length >= 2 && head[0] == 'M' && head[1] == 'Z') {
            return "（实际是可执行程序）";
        }
        String text = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (text.startsWith("<!doctype html") || text.startsWith("<html") || text.contains("<script")) {
            return "（实际是网页 HTML）";
        }
        if (head.length == 0) {
            return "（文件为空）";
        }
        return "";
    }

    private static boolean isZip(byte[] head) {
        return startsWith(head, ZIP_LOCAL) || startsWith(head, ZIP_EMPTY);
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read received file " + file, e);
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
