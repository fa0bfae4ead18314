package cn.gov.biyang.plan.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.gov.biyang.plan.audit.AuditService;
import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.base.ClockConfiguration;
import cn.gov.biyang.plan.security.CurrentUser;
import cn.gov.biyang.plan.security.SignedInUser;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress bulletins (通报): figures per lead unit from one SQL query, prefilled Chinese wording the office edits, a
 * Word document, and the archive of issued bulletins (docs/decisions/0051-bulletin-and-ledgers.md). The office
 * drafts and issues; the office and leadership read the archive.
 */
@Service
@Transactional(readOnly = true)
public class BulletinService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BulletinService.class);

    public static final String TITLE = "关于全县“十四五”规划编制工作进展情况的通报";
    public static final String ISSUER = "县“十四五”规划编制工作领导小组办公室";
    public static final String SALUTATION = "各乡镇（街道）、县直有关单位：";
    static final String DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** An issued bulletin in the archive list. */
    public record Issued(long id, String number, LocalDate asOf, String title, String issuedBy, Instant issuedAt,
                         boolean hasPdf) {
    }

    /** An archived document to download. */
    public record Download(String fileName, String mimeType, byte[] content) {
    }

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final String pdfFont;

    BulletinService(JdbcTemplate jdbc, CurrentUser currentUser, AuditService audit, Clock clock,
                    @Value("${portal.bulletin.pdf-font:/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}") String pdfFont) {
        this.pdfFont = pdfFont;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Per lead unit, the deliverables owed by {@code asOf} (see {@link #OWED}), as they stood then, each in exactly one
     * of three groups so that they add up: submitted on time (first submission by the end of the due date in
     * Asia/Shanghai), submitted late, not submitted; and, among the submitted, those returned and waiting to be
     * resubmitted. Ranked by on-time rate, then fewer outstanding (not submitted + returned), then unit name. A
     * bulletin states what has happened: dates after today are refused.
     */
    public BulletinData data(LocalDate asOf) {
        requireOfficeOrLeader("查看进度通报");
        return compute(asOf);
    }

    /**
     * The deliverables a bulletin dated {@code asOf} speaks of, and where each stood at that date's end (or now, for
     * today): its first submission and its status from the review rounds up to then — not today's status, so a
     * bulletin for a past date says what was true on it. A deliverable is owed once its due day is over; one due on
     * the bulletin's own date counts only if that day is over or it was already submitted (the unit still has the rest
     * of the day). Parameters: cutoff, cutoff, asOf, asOf, whether asOf is over.
     */
    private static final String OWED = """
            with rounds as (
                select r.deliverable_id, min(r.submitted_at) as first_at,
                       (array_agg(case when r.decided_at < ? then r.decision else 'SUBMITTED' end
                                  order by r.round_no desc))[1] as status
                from review_round r where r.submitted_at < ? group by r.deliverable_id),
            owed as (
                select d.id, d.name, d.due_on, d.position, w.kind, w.number, w.title, w.lead_unit_id,
                       r.first_at, coalesce(r.status, 'NOT_SUBMITTED') as status
                from deliverable d
                join work_item w on w.id = d.work_item_id
                left join rounds r on r.deliverable_id = d.id
                where not d.removed and not w.retired
                  and (d.due_on < ? or (d.due_on = ? and (? or r.first_at is not null))))
            """;

    private BulletinData compute(LocalDate asOf) {
        if (asOf == null || asOf.isAfter(today())) {
            throw new IllegalArgumentException("通报日期不能晚于今天（" + ChineseFormats.date(today()) + "）：通报只能说明已经发生的情况。");
        }
        Instant endOfDay = asOf.plusDays(1).atStartOfDay(ClockConfiguration.ZONE).toInstant();
        Instant now = clock.instant();
        Timestamp cutoff = Timestamp.from(now.isBefore(endOfDay) ? now : endOfDay);
        boolean dayOver = !now.isBefore(endOfDay);
        Object[] owed = {cutoff, cutoff, Date.valueOf(asOf), Date.valueOf(asOf), dayOver};
        List<BulletinData.UnitRecord> ranking = jdbc.query(OWED + """
                , per_unit as (
                    select u.name as unit_name, count(*) as due,
                           count(*) filter (where o.first_at < ((o.due_on + 1)::timestamp at time zone 'Asia/Shanghai')) as on_time,
                           count(*) filter (where o.first_at >= ((o.due_on + 1)::timestamp at time zone 'Asia/Shanghai')) as late,
                           count(*) filter (where o.first_at is null) as not_submitted,
                           count(*) filter (where o.status = 'RETURNED') as returned
                    from owed o join unit u on u.id = o.lead_unit_id
                    group by u.name)
                select p.*, row_number() over (order by p.on_time::numeric / p.due desc, p.not_submitted + p.returned,
                                                      p.unit_name) as rank
                from per_unit p order by rank""",
                (rs, n) -> new BulletinData.UnitRecord(rs.getInt("rank"), rs.getString("unit_name"), rs.getLong("due"),
                        rs.getLong("on_time"), rs.getLong("late"), rs.getLong("not_submitted"), rs.getLong("returned")),
                owed);
        long[] totals = jdbc.queryForObject(OWED + """
                select count(*) as due, count(o.first_at) as delivered,
                       count(*) filter (where o.status = 'ACCEPTED') as accepted
                from owed o""",
                (rs, n) -> new long[] {rs.getLong("due"), rs.getLong("delivered"), rs.getLong("accepted")}, owed);
        List<BulletinData.Outstanding> outstanding = jdbc.query(OWED + """
                select u.name as unit_name, o.kind, o.number, o.title, o.name, o.due_on, o.status
                from owed o join unit u on u.id = o.lead_unit_id
                where o.status in ('NOT_SUBMITTED', 'RETURNED')
                order by o.due_on, u.name, o.kind, o.number, o.position""",
                (rs, n) -> {
                    LocalDate due = rs.getDate("due_on").toLocalDate();
                    return new BulletinData.Outstanding(rs.getString("unit_name"),
                            MonitoringService.reference(rs.getString("kind"), rs.getInt("number")),
                            rs.getString("title"), rs.getString("name"), due, ChronoUnit.DAYS.between(due, asOf),
                            MonitoringService.statusLabel(rs.getString("status")));
                }, owed);
        long onTime = ranking.stream().mapToLong(BulletinData.UnitRecord::onTime).sum();
        long open = ranking.stream().mapToLong(BulletinData.UnitRecord::outstanding).sum();
        long returned = ranking.stream().mapToLong(BulletinData.UnitRecord::returned).sum();
        return new BulletinData(asOf, totals[0], totals[1], onTime, totals[2], returned, open, ranking, outstanding);
    }

    /** Prefilled wording for {@code asOf}, with the number the next bulletin of this year would get. */
    public BulletinDraft draft(LocalDate asOf) {
        requireOffice("起草进度通报");
        return wording(asOf, compute(asOf), nextNumber());
    }

    static BulletinDraft wording(LocalDate asOf, BulletinData d, String number) {
        int rate = d.due() == 0 ? 100 : (int) Math.round(d.onTime() * 100.0 / d.due());
        String summary = "截至" + ChineseFormats.date(asOf) + "，全县“十四五”规划编制工作应报送材料" + d.due()
                + "项，已报送" + d.delivered() + "项（其中按时报送" + d.onTime() + "项，按时报送率" + rate
                + "%），未报送" + (d.due() - d.delivered()) + "项；已报送的材料中经审核通过" + d.accepted() + "项，退回修改待重新报送"
                + d.returned() + "项。现将各牵头单位报送情况通报如下。";
        String closing = "请尚未按时报送材料的单位高度重视，对照本通报所列未报送事项，明确专人负责，抓紧完善材料，"
                + "尽快通过规划编制协同平台报送；已报送的单位要按照审核意见及时修改完善。县规划办将持续跟踪调度，"
                + "并定期通报进展情况。";
        return new BulletinDraft(asOf, number, TITLE, ISSUER, summary, closing);
    }

    /** The Word document of a bulletin, dated today. */
    public byte[] docx(BulletinDraft draft, BulletinData data) {
        requireOfficeOrLeader("生成进度通报");
        return render(draft, data, today());
    }

    /** The bulletin as PDF; refused with a Chinese message when the server has no CJK font. */
    public byte[] pdf(BulletinDraft draft, BulletinData data) {
        requireOfficeOrLeader("生成进度通报");
        return BulletinPdf.render(pdfFont, draft, data, today());
    }

    public boolean pdfAvailable() {
        return BulletinPdf.fontAvailable(pdfFont);
    }

    static byte[] render(BulletinDraft draft, BulletinData data, LocalDate issuedOn) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(doc, draft.title(), ParagraphAlignment.CENTER, true, 22);
            paragraph(doc, draft.number(), ParagraphAlignment.CENTER, false, 16);
            paragraph(doc, SALUTATION, ParagraphAlignment.LEFT, false, 16);
            paragraph(doc, draft.summary(), ParagraphAlignment.BOTH, false, 16).setIndentationFirstLine(640);

            paragraph(doc, "一、各牵头单位报送情况", ParagraphAlignment.LEFT, true, 16);
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("排名", "单位", "应报送", "按时报送", "逾期报送", "未报送", "退回修改", "按时率"));
            for (BulletinData.UnitRecord r : data.ranking()) {
                rows.add(List.of(String.valueOf(r.rank()), r.unitName(), String.valueOf(r.due()),
                        String.valueOf(r.onTime()), String.valueOf(r.late()), String.valueOf(r.notSubmitted()),
                        String.valueOf(r.returned()), r.onTimePercent() + "%"));
            }
            table(doc, rows);

            paragraph(doc, "二、未报送事项", ParagraphAlignment.LEFT, true, 16);
            if (data.outstandingItems().isEmpty()) {
                paragraph(doc, "无。", ParagraphAlignment.LEFT, false, 16);
            } else {
                List<List<String>> items = new ArrayList<>();
                items.add(List.of("单位", "事项", "材料", "截止日期", "逾期天数"));
                for (BulletinData.Outstanding o : data.outstandingItems()) {
                    items.add(List.of(o.unitName(), o.itemReference() + " " + o.itemTitle(), o.deliverableName(),
                            ChineseFormats.date(o.dueOn()), String.valueOf(Math.max(0, o.daysOverdue()))));
                }
                table(doc, items);
            }

            paragraph(doc, draft.closing(), ParagraphAlignment.BOTH, false, 16).setIndentationFirstLine(640);
            paragraph(doc, draft.issuer(), ParagraphAlignment.RIGHT, false, 16);
            paragraph(doc, ChineseFormats.date(issuedOn), ParagraphAlignment.RIGHT, false, 16);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, ParagraphAlignment alignment, boolean bold,
                                           int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        XWPFRun run = p.createRun();
        // line breaks the office typed stay line breaks in Word (a "\n" inside a run is not one)
        String[] lines = (text == null ? "" : text).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily("仿宋_GB2312");
        return p;
    }

    private static void table(XWPFDocument doc, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size(), rows.get(0).size());
        table.setWidth("100%");
        for (int i = 0; i < rows.size(); i++) {
            XWPFTableRow row = table.getRow(i);
            for (int j = 0; j < rows.get(i).size(); j++) {
                XWPFParagraph p = row.getCell(j).getParagraphs().get(0);
                XWPFRun run = p.createRun();
                run.setText(rows.get(i).get(j));
                run.setBold(i == 0);
                run.setFontSize(12);
            }
        }
    }

    /**
     * Archives the bulletin as worded, under the next number of this year (assigned now, so that two offices issuing
     * at once do not share a number), with its .docx; returns its id.
     */
    @Transactional
    public long issue(BulletinDraft draft) {
        SignedInUser user = requireOffice("签发进度通报");
        if (draft.title() == null || draft.title().isBlank()) {
            throw new IllegalArgumentException("通报标题不能为空");
        }
        jdbc.queryForObject("select pg_advisory_xact_lock(51051)", (rs, n) -> null);
        String number = nextNumber();
        BulletinDraft numbered = new BulletinDraft(draft.asOf(), number, draft.title().trim(),
                draft.issuer() == null || draft.issuer().isBlank() ? ISSUER : draft.issuer(),
                nullToEmpty(draft.summary()), nullToEmpty(draft.closing()));
        BulletinData data = compute(draft.asOf());
        byte[] docx = render(numbered, data, today());
        byte[] pdf = null;
        if (pdfAvailable()) {
            try {
                pdf = BulletinPdf.render(pdfFont, numbered, data, today());
            } catch (RuntimeException e) {
                // e.g. a character the font lacks in the edited wording: the Word document, the original, is still
                // issued; the archive then says there is no PDF
                log.warn("Bulletin {}: no PDF ({})", number, e.getMessage());
            }
        }
        Long id = jdbc.queryForObject("""
                insert into bulletin (number, as_of, title, summary, closing, issued_by, issued_at, docx, pdf)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, number, Date.valueOf(draft.asOf()),
                numbered.title(), numbered.summary(), numbered.closing(), user.displayName(),
                Timestamp.from(clock.instant()), docx, pdf);
        audit.record(user.username(), "BULLETIN_ISSUED", "bulletin", String.valueOf(id),
                number + " 截至" + ChineseFormats.date(draft.asOf()));
        return id;
    }

    /** Issued bulletins, newest first. */
    public List<Issued> archive() {
        requireOfficeOrLeader("查看通报存档");
        return jdbc.query("""
                select b.id, b.number, b.as_of, b.title, b.issued_by, b.issued_at, b.pdf is not null as has_pdf
                from bulletin b
                order by b.issued_at desc, b.id desc""",
                (rs, n) -> new Issued(rs.getLong("id"), rs.getString("number"), rs.getDate("as_of").toLocalDate(),
                        rs.getString("title"), rs.getString("issued_by"), rs.getTimestamp("issued_at").toInstant(),
                        rs.getBoolean("has_pdf")));
    }

    /** The archived .docx of an issued bulletin. */
    public Download download(long id) {
        requireOfficeOrLeader("下载通报");
        try {
            return jdbc.queryForObject("select number, docx from bulletin where id = ?",
                    (rs, n) -> new Download(rs.getString("number") + ".docx", DOCX_MIME, rs.getBytes("docx")), id);
        } catch (EmptyResultDataAccessException e) {
            throw new IllegalArgumentException("通报不存在");
        }
    }

    /** The PDF archived with an issued bulletin; refused in Chinese when none was made (no CJK font then). */
    public Download downloadPdf(long id) {
        requireOfficeOrLeader("下载通报");
        byte[][] pdf;
        String[] number = new String[1];
        try {
            pdf = new byte[][] {jdbc.queryForObject("select number, pdf from bulletin where id = ?", (rs, n) -> {
                number[0] = rs.getString("number");
                return rs.getBytes("pdf");
            }, id)};
        } catch (EmptyResultDataAccessException e) {
            throw new IllegalArgumentException("通报不存在");
        }
        if (pdf[0] == null) {
            throw new IllegalStateException(BulletinPdf.NO_FONT);
        }
        return new Download(number[0] + ".pdf", "application/pdf", pdf[0]);
    }

    private String nextNumber() {
        int year = today().getYear();
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(ClockConfiguration.ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(ClockConfiguration.ZONE).toInstant();
        Long count = jdbc.queryForObject("select count(*) from bulletin where issued_at >= ? and issued_at < ?",
                Long.class, Timestamp.from(from), Timestamp.from(to));
        return "规划办通报〔" + year + "〕" + (count + 1) + "号";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private SignedInUser requireOffice(String action) {
        SignedInUser user = currentUser.require();
        if (!user.isOffice()) {
            audit.recordRefusal(user.username(), "BULLETIN_REFUSED", "bulletin", "-", action);
            throw new AccessDeniedException("只有县规划办可以" + action);
        }
        return user;
    }

    private SignedInUser requireOfficeOrLeader(String action) {
        SignedInUser user = currentUser.require();
        if (user.isLiaison()) {
            throw new AccessDeniedException("联络员无权" + action + "，仅县规划办和领导小组可用");
        }
        return user;
    }
}
