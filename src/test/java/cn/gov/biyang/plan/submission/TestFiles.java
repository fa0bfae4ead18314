package cn.gov.biyang.plan.submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small real-looking files of each kind, made in the test (no binary fixtures in the repository). */
public final class TestFiles {

    private TestFiles() {
    }

    /** A minimal Word document: a ZIP with the parts Word itself looks for. */
    public static byte[] docx(String text) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8("""
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""));
        parts.put("word/document.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                + text + "</w:t></w:r></w:p></w:body></w:document>"));
        return zip(parts);
    }

    public static byte[] xlsx() {
        return zip(Map.of("[Content_Types].xml", utf8("<Types/>"), "xl/workbook.xml", utf8("<workbook/>")));
    }

    public static byte[] ofd() {
        return zip(Map.of("OFD.xml", utf8("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>")));
    }

    public static byte[] pdf(String text) {
        return utf8("%PDF-1.4\n% " + text + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    }

    /** An OLE2 compound file header, as .doc, .xls and .wps files start. */
    public static byte[] ole2() {
        byte[] b = new byte[4096];
        byte[] sig = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(sig, 0, b, 0, sig.length);
        Arrays.fill(b, 8, b.length, (byte) 7);
        return b;
    }

    /** The start of a Windows program. */
    public static byte[] exe() {
        byte[] b = new byte[2048];
        b[0] = 'M';
        b[1] = 'Z';
        return b;
    }

    public static byte[] html() {
        return utf8("<!DOCTYPE html><html><body><script>alert('x')</script></body></html>");
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * {@code size} bytes of a PDF-headed file generated on the fly: big uploads without a big array in the test.
     */
    public static InputStream generatedPdf(long size) {
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        return new InputStream() {
            long pos;

            @Override
            public int read() {
                if (pos >= size) {
                    return -1;
                }
                int b = pos < head.length ? head[(int) pos] : (int) ((pos * 31) & 0x7F);
                pos++;
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) {
                if (pos >= size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - pos);
                for (int i = 0; i < n; i++) {
                    buf[off + i] = (byte) (pos < head.length ? head[(int) pos] : (pos * 31) & 0x7F);
                    pos++;
                }
                return n;
            }
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
