package cn.gov.biyang.plan.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.biyang.plan.base.ChineseFormats;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bulletin as PDF with PDFBox, in a CJK font found on the machine (WenQuanYi Zen Hei by default). Tables are
 * laid out as aligned text lines; the Word document remains the editable original.
 */
final class BulletinPdf {

    static final String NO_FONT = "服务器上没有可用的中文字体，无法生成 PDF，请下载 Word 文档。";
    private static final float MARGIN = 64;

    private BulletinPdf() {
    }

    static boolean fontAvailable(String fontPath) {
        return fontPath != null && new File(fontPath).isFile();
    }

    static byte[] render(String fontPath, BulletinDraft draft, BulletinData data, LocalDate issuedOn) {
        if (!fontAvailable(fontPath)) {
            throw new IllegalStateException(NO_FONT);
        }
        try (TrueTypeCollection ttc = new TrueTypeCollection(new File(fontPath));
             PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(ttf -> {
                if (first[0] == null) {
                    first[0] = ttf;
                }
            });
            PDType0Font font = PDType0Font.load(doc, first[0], true);
            Writer w = new Writer(doc, font);
            w.line(draft.title(), 16, Align.CENTER);
            w.line(draft.number(), 12, Align.CENTER);
            w.gap();
            w.line(BulletinService.SALUTATION, 12, Align.LEFT);
            w.paragraph("　　" + draft.summary(), 12);
            w.line("一、各牵头单位报送情况", 12, Align.LEFT);
            float[] cols = {0, 35, 215, 260, 310, 360, 405, 455};
            w.row(cols, List.of("排名", "单位", "应报送", "按时报送", "逾期报送", "未报送", "退回修改", "按时率"), 10);
            for (BulletinData.UnitRecord r : data.ranking()) {
                w.row(cols, List.of(String.valueOf(r.rank()), r.unitName(), String.valueOf(r.due()),
                        String.valueOf(r.onTime()), String.valueOf(r.late()), String.valueOf(r.notSubmitted()),
                        String.valueOf(r.returned()), r.onTimePercent() + "%"), 10);
            }
            w.gap();
            w.line("二、未报送事项", 12, Align.LEFT);
            float[] items = {0, 110, 270, 350, 430};
            w.row(items, List.of("单位", "事项", "材料", "截止日期", "逾期天数"), 10);
            for (BulletinData.Outstanding o : data.outstandingItems()) {
                w.row(items, List.of(o.unitName(), o.itemReference() + " " + o.itemTitle(), o.deliverableName(),
                        ChineseFormats.date(o.dueOn()), String.valueOf(Math.max(0, o.daysOverdue()))), 10);
            }
            w.gap();
            w.paragraph("　　" + draft.closing(), 12);
            w.gap();
            w.line(draft.issuer(), 12, Align.RIGHT);
            w.line(ChineseFormats.date(issuedOn), 12, Align.RIGHT);
            w.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private enum Align { LEFT, CENTER, RIGHT }

    /** Writes lines top-down, starting a new page when the current one is full. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        void line(String text, float size, Align align) throws IOException {
            if (y - size * 1.6f < MARGIN) {
                newPage();
            }
            y -= size * 1.6f;
            float x = switch (align) {
                case LEFT -> MARGIN;
                case CENTER -> MARGIN + (width - width(text, size)) / 2;
                case RIGHT -> MARGIN + width - width(text, size);
            };
            show(text, size, x);
        }

        /** Wrapped to the page width; line breaks the office typed start a new line, as in the Word bulletin. */
        void paragraph(String text, float size) throws IOException {
            for (String typed : text.split("\\r?\\n", -1)) {
                for (String l : wrap(typed, size, width)) {
                    line(l, size, Align.LEFT);
                }
            }
        }

        void row(float[] xs, List<String> cells, float size) throws IOException {
            if (y - size * 1.6f < MARGIN) {
                newPage();
            }
            y -= size * 1.6f;
            for (int i = 0; i < cells.size(); i++) {
                float max = (i + 1 < xs.length ? xs[i + 1] : width) - xs[i] - 4;
                List<String> parts = wrap(cells.get(i), size, max);
                show(parts.isEmpty() ? "" : parts.get(0) + (parts.size() > 1 ? "…" : ""), size, MARGIN + xs[i]);
            }
        }

        private List<String> wrap(String text, float size, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String c = new String(Character.toChars(cp));
                if (width(current + c, size) > max && !current.isEmpty()) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                current.append(c);
                i += Character.charCount(cp);
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
            }
            return lines;
        }

        private void show(String text, float size, float x) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        void gap() {
            y -= 6;
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
