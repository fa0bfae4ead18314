package cn.gov.biyang.plan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import cn.gov.biyang.plan.support.MutableClock;
import cn.gov.biyang.plan.support.TestUsers;
import cn.gov.biyang.plan.support.PortalTest;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * Bulletin figures, Word document, archive and the Excel ledger against the embedded PostgreSQL. Known data: four
 * lead units get two deliverables each, due before any demo deadline, with review rounds inserted by SQL at chosen
 * instants (one exactly at 23:30 Shanghai time on its due date, which is on time although it is the same UTC day's
 * afternoon).
 */
@PortalTest
@TestPropertySource(properties = "portal.scheduling.enabled=false")
class BulletinAndLedgerTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate AS_OF = LocalDate.of(2019, 6, 30);

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(LocalDateTime.of(2019, 7, 1, 10, 0));
        }
    }

    @Autowired MutableClock clock;
    @Autowired BulletinService bulletins;
    @Autowired LedgerExportService ledgers;
    @Autowired MonitoringService monitoring;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void knownData() {
        TestUsers.actAs(users, "office");
        // four lead units with at least two deliverables each, in a fixed choice
        List<Long> units = jdbc.queryForList("""
                select w.lead_unit_id from deliverable d join work_item w on w.id = d.work_item_id
                where not d.removed and not w.retired
                group by w.lead_unit_id having count(*) >= 2 order by w.lead_unit_id limit 4""", Long.class);
        assertThat(units).hasSize(4);
        if (jdbc.queryForObject("select count(*) from review_round", Long.class) > 0) {
            return; // set up by an earlier test of this class (same database)
        }
        assertThat(jdbc.queryForObject("select count(*) from deliverable where due_on <= ?", Long.class,
                Date.valueOf(AS_OF.plusDays(1)))).as("no demo deliverable due before the test's dates").isZero();
        long[] da = two(units.get(0)), db = two(units.get(1)), dc = two(units.get(2)), dd = two(units.get(3));
        LocalDate due = LocalDate.of(2019, 6, 10);
        // A: both on time — one at 23:30 on the due day (Shanghai), accepted; one early, waiting → 100 %, 0 open
        setup(da[0], due, "ACCEPTED", units.get(0), due.atTime(23, 30));
        setup(da[1], due, "SUBMITTED", units.get(0), due.minusDays(3).atTime(9, 0));
        // D: one on time, one late (00:10 the day after) → 50 %, 0 open
        setup(dd[0], due, "SUBMITTED", units.get(3), due.atTime(8, 0));
        setup(dd[1], due, "SUBMITTED", units.get(3), due.plusDays(1).atTime(0, 10));
        // B: one on time but returned, one not submitted → 50 %, 2 open
        setup(db[0], due, "RETURNED", units.get(1), due.minusDays(1).atTime(9, 0));
        setup(db[1], LocalDate.of(2019, 6, 20), "NOT_SUBMITTED", units.get(1), null);
        // C: one late, one not submitted → 0 %, 1 open
        setup(dc[0], due, "SUBMITTED", units.get(2), due.plusDays(5).atTime(9, 0));
        setup(dc[1], due, "NOT_SUBMITTED", units.get(2), null);
    }

    @AfterEach
    void logout() {
        TestUsers.signOut();
    }

    private String unitName(long id) {
        return jdbc.queryForObject("select name from unit where id = ?", String.class, id);
    }

    private long[] two(long unitId) {
        return jdbc.queryForList("""
                select d.id from deliverable d join work_item w on w.id = d.work_item_id
                where w.lead_unit_id = ? and not d.removed and not w.retired order by d.id limit 2""", Long.class,
                unitId).stream().mapToLong(Long::longValue).toArray();
    }

    private void setup(long deliverableId, LocalDate due, String status, long unitId, LocalDateTime submittedLocal) {
        jdbc.update("update deliverable set due_on = ?, status = ?, current_round = ? where id = ?", Date.valueOf(due),
                status, submittedLocal == null ? 0 : 1, deliverableId);
        if (submittedLocal == null) {
            return;
        }
        Timestamp at = Timestamp.from(submittedLocal.atZone(SHANGHAI).toInstant());
        Long doc = jdbc.queryForObject("""
                insert into document_version (deliverable_id, kind, unit_id, version_no, original_name, file_type,
                    size_bytes, sha256, storage_key, uploaded_by, uploaded_by_name, uploaded_at)
                values (?, 'MAIN', ?, 1, 'test.docx', 'DOCX', 1, 'x', 'test', 'test', '测试', ?) returning id""",
                Long.class, deliverableId, unitId, at);
        String decision = switch (status) {
            case "ACCEPTED" -> "ACCEPTED";
            case "RETURNED" -> "RETURNED";
            default -> null;
        };
        jdbc.update("""
                insert into review_round (deliverable_id, round_no, document_id, submitted_by, submitted_by_name,
                    submitted_at, decision, comment, decided_by, decided_by_name, decided_at)
                values (?, 1, ?, 'test', '测试', ?, ?, ?, ?, ?, ?)""", deliverableId, doc, at, decision,
                decision == null ? null : "意见", decision == null ? null : "office",
                decision == null ? null : "规划办", decision == null ? null : new Timestamp(at.getTime() + 3_600_000));
    }

    private List<Long> leadUnits() {
        return jdbc.queryForList("""
                select w.lead_unit_id from deliverable d join work_item w on w.id = d.work_item_id
                where not d.removed and not w.retired
                group by w.lead_unit_id having count(*) >= 2 order by w.lead_unit_id limit 4""", Long.class);
    }

    @Test
    void docxRanksUnitsAndListsTheOutstandingItems() throws Exception {
        List<Long> u = leadUnits();
        String a = unitName(u.get(0)), b = unitName(u.get(1)), c = unitName(u.get(2)), d = unitName(u.get(3));

        BulletinData data = bulletins.data(AS_OF);
        assertThat(data.due()).isEqualTo(8);
        assertThat(data.delivered()).isEqualTo(6);
        assertThat(data.onTime()).isEqualTo(4);
        assertThat(data.accepted()).isEqualTo(1);
        assertThat(data.outstanding()).isEqualTo(3);
        assertThat(data.returned()).isEqualTo(1);
        for (BulletinData.UnitRecord r : data.ranking()) {
            assertThat(r.onTime() + r.late() + r.notSubmitted()).as(r.unitName()).isEqualTo(r.due());
        }

        BulletinDraft draft = bulletins.draft(AS_OF);
        assertThat(draft.title()).isEqualTo("关于全县“十四五”规划编制工作进展情况的通报");
        assertThat(draft.number()).startsWith("规划办通报〔2019〕");
        assertThat(draft.summary()).contains("2019年6月30日", "应报送材料8项", "已报送6项", "按时报送4项", "未报送2项",
                "退回修改待重新报送1项");

        byte[] docx = bulletins.docx(draft, data);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable ranking = doc.getTables().get(0);
            assertThat(ranking.getRow(0).getCell(1).getText()).isEqualTo("单位");
            List<String> ranked = new ArrayList<>();
            for (int i = 1; i < ranking.getNumberOfRows(); i++) {
                ranked.add(ranking.getRow(i).getCell(0).getText() + " " + ranking.getRow(i).getCell(1).getText()
                        + " " + ranking.getRow(i).getCell(7).getText());
            }
            assertThat(ranked).containsExactly("1 " + a + " 100%", "2 " + d + " 50%", "3 " + b + " 50%",
                    "4 " + c + " 0%");
            assertThat(ranking.getRow(2).getCell(3).getText()).isEqualTo("1"); // D on time
            assertThat(ranking.getRow(2).getCell(4).getText()).isEqualTo("1"); // D late
            // B: one submitted on time then returned, one never submitted — the columns add up to what is due
            assertThat(List.of(3, 4, 5, 6).stream().map(col -> ranking.getRow(3).getCell(col).getText()).toList())
                    .as("B: on time, late, not submitted, returned").containsExactly("1", "0", "1", "1");
            assertThat(ranking.getRow(3).getCell(2).getText()).isEqualTo("2");

            XWPFTable items = doc.getTables().get(1);
            List<String> open = new ArrayList<>();
            for (int i = 1; i < items.getNumberOfRows(); i++) {
                open.add(items.getRow(i).getCell(0).getText() + " " + items.getRow(i).getCell(3).getText() + " "
                        + items.getRow(i).getCell(4).getText());
            }
            assertThat(open).containsExactlyInAnyOrder(b + " 2019年6月10日 20", b + " 2019年6月20日 10",
                    c + " 2019年6月10日 20");
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("各乡镇（街道）、县直有关单位：", "县“十四五”规划编制工作领导小组办公室",
                    "2019年7月1日");
        }
    }

    @Test
    void aBulletinCannotBeDatedAfterToday() {
        // today is 2019-07-01: a later date would call items late that are not due yet
        assertThatThrownBy(() -> bulletins.draft(LocalDate.of(2019, 7, 2))).hasMessageContaining("不能晚于今天");
        assertThatThrownBy(() -> bulletins.data(LocalDate.of(2019, 7, 2))).hasMessageContaining("不能晚于今天");
        assertThat(bulletins.data(LocalDate.of(2019, 7, 1)).due()).isEqualTo(8);
    }

    @Test
    void ledgerHasOneRowPerDeliverable() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ledgers.ledger(out);
        List<String> expected = jdbc.query("""
                select u.name, d.name as dname, d.status, d.current_round from deliverable d
                join work_item w on w.id = d.work_item_id join unit u on u.id = w.lead_unit_id
                where not d.removed and not w.retired""",
                (rs, n) -> rs.getString(1) + "|" + rs.getString("dname") + "|"
                        + MonitoringService.statusLabel(rs.getString("status")) + "|" + rs.getInt("current_round"));
        List<String> actual = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(0);
            for (int i = 0; i < LedgerExportService.LEDGER_HEADER.size(); i++) {
                assertThat(f.formatCellValue(header.getCell(i))).isEqualTo(LedgerExportService.LEDGER_HEADER.get(i));
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                actual.add(f.formatCellValue(row.getCell(0)) + "|" + f.formatCellValue(row.getCell(2)) + "|"
                        + f.formatCellValue(row.getCell(4)) + "|" + f.formatCellValue(row.getCell(5)));
            }
            // the 23:30 submission plus the one-hour decision: latest activity shown in Shanghai time
            assertThat(new ArrayList<String>() {{
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    add(f.formatCellValue(sheet.getRow(r).getCell(6)));
                }
            }}).contains("2019年6月11日 00:30", "2019年6月11日 00:10");
        }
        assertThat(expected).isNotEmpty();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void monitorExportHasOneRowPerUnit() throws Exception {
        int phase = ledgers.defaultPhase();
        Matrix m = monitoring.matrix(phase);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ledgers.monitor(phase, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum() - 1).isEqualTo(m.rows().size());
        }
    }

    @Test
    void aLeaderCannotIssueButReadsTheArchive() {
        TestUsers.actAs(users, "leader");
        BulletinDraft draft = BulletinService.wording(AS_OF, bulletins.data(AS_OF), "x");
        long before = jdbc.queryForObject("select count(*) from bulletin", Long.class);
        assertThatThrownBy(() -> bulletins.issue(draft)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("规划办");
        assertThatThrownBy(() -> bulletins.draft(AS_OF)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from bulletin", Long.class)).isEqualTo(before);
        assertThat(bulletins.archive()).hasSize((int) before);
        TestUsers.actAs(users, "shuili");
        assertThatThrownBy(() -> bulletins.archive()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ledgers.ledger(new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void issuingArchivesAndNumbersIncrement() throws Exception {
        int before = bulletins.archive().size();
        BulletinDraft first = bulletins.draft(AS_OF);
        assertThat(first.number()).isEqualTo("规划办通报〔2019〕" + (before + 1) + "号");
        BulletinDraft edited = new BulletinDraft(first.asOf(), first.number(), first.title(), first.issuer(),
                first.summary() + "（已核对）", first.closing());
        long id1 = bulletins.issue(edited);
        long id2 = bulletins.issue(bulletins.draft(AS_OF));
        List<BulletinService.Issued> archive = bulletins.archive();
        assertThat(archive).hasSize(before + 2);
        assertThat(archive.get(0).id()).isEqualTo(id2);
        assertThat(archive.get(0).number()).isEqualTo("规划办通报〔2019〕" + (before + 2) + "号");
        assertThat(archive.get(1).number()).isEqualTo("规划办通报〔2019〕" + (before + 1) + "号");
        assertThat(bulletins.draft(AS_OF).number()).isEqualTo("规划办通报〔2019〕" + (before + 3) + "号");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'BULLETIN_ISSUED'",
                Long.class)).isGreaterThanOrEqualTo(2);

        TestUsers.actAs(users, "leader");
        BulletinService.Download file = bulletins.download(id1);
        assertThat(file.fileName()).isEqualTo("规划办通报〔2019〕" + (before + 1) + "号.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.content()))) {
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("（已核对）", "规划办通报〔2019〕" + (before + 1) + "号");
        }
        assertThat(archive.get(0).hasPdf()).isTrue();
        BulletinService.Download pdf = bulletins.downloadPdf(id1);
        assertThat(pdf.fileName()).endsWith(".pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.content())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("规划编制工作进展情况的通报", "规划办通报〔2019〕" + (before + 1) + "号",
                    unitName(leadUnits().get(0)));
        }
    }

    @Test
    void withoutACjkFontThePdfIsRefusedInChinese() {
        BulletinDraft draft = BulletinService.wording(AS_OF, bulletins.data(AS_OF), "x");
        assertThatThrownBy(() -> BulletinPdf.render("/nonexistent/font.ttc", draft, bulletins.data(AS_OF), AS_OF))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("中文字体");
    }

    @Test
    void aBulletinForAPastDateSaysWhereThingsStoodThen() {
        List<Long> u = leadUnits();
        String a = unitName(u.get(0)), b = unitName(u.get(1)), c = unitName(u.get(2)), d = unitName(u.get(3));
        // on 2019-06-12: C's late report (06-15) had not come in; B's second item (due 06-20) was not due yet
        BulletinData then = bulletins.data(LocalDate.of(2019, 6, 12));
        assertThat(then.due()).isEqualTo(7);
        assertThat(then.delivered()).isEqualTo(5);
        assertThat(then.onTime()).isEqualTo(4);
        assertThat(then.accepted()).isEqualTo(1);
        assertThat(then.ranking()).extracting(r -> r.unitName() + " " + r.due() + "/" + r.onTime() + "/" + r.late()
                + "/" + r.notSubmitted() + "/" + r.returned())
                .containsExactly(a + " 2/2/0/0/0", b + " 1/1/0/0/1", d + " 2/1/1/0/0", c + " 2/0/0/2/0");
        assertThat(then.outstandingItems()).extracting(o -> o.unitName() + " " + o.daysOverdue() + " " + o.statusLabel())
                .containsExactlyInAnyOrder(b + " 2 退回修改", c + " 2 未提交", c + " 2 未提交");
        // today's state differs: C's first item arrived (late) on 06-15
        assertThat(bulletins.data(AS_OF).ranking()).filteredOn(r -> r.unitName().equals(c))
                .singleElement().satisfies(r -> assertThat(r.late()).isEqualTo(1));
    }

    @Test
    void onItsDueDayAnItemNotYetSubmittedIsNotCountedAsOwed() {
        List<Long> u = leadUnits();
        String a = unitName(u.get(0)), b = unitName(u.get(1)), d = unitName(u.get(3));
        clock.set(LocalDateTime.of(2019, 6, 10, 15, 0));
        try {
            // 15:00 on the due day: A's 23:30 and D's 00:10 submissions and C's items are still to come
            BulletinData today = bulletins.data(LocalDate.of(2019, 6, 10));
            assertThat(today.ranking()).extracting(r -> r.unitName() + " " + r.due() + "/" + r.onTime())
                    .containsExactly(a + " 1/1", d + " 1/1", b + " 1/1");
            assertThat(today.outstandingItems()).extracting(BulletinData.Outstanding::unitName).containsExactly(b);
        } finally {
            clock.set(LocalDateTime.of(2019, 7, 1, 10, 0));
        }
        // once the day is over, everything due on it is owed
        assertThat(bulletins.data(LocalDate.of(2019, 6, 10)).due()).isEqualTo(7);
    }

    @Test
    void lineBreaksTheOfficeTypedStayLineBreaksInThePdf() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(bulletins.pdfAvailable(), "needs the CJK font (.ci/run installs it)");
        BulletinData data = bulletins.data(AS_OF);
        BulletinDraft draft = BulletinService.wording(AS_OF, data, "x");
        BulletinDraft edited = new BulletinDraft(draft.asOf(), draft.number(), draft.title(), draft.issuer(),
                "第一段说明。\n第二段说明。", draft.closing());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(bulletins.pdf(edited, data))) {
            List<String> lines = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).lines().map(String::strip)
                    .toList();
            assertThat(lines).contains("第一段说明。", "第二段说明。");
        }
    }

    @Test
    void aPdfThatCannotBeMadeDoesNotStopTheWordBulletin() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(bulletins.pdfAvailable(), "needs the CJK font (.ci/run installs it)");
        BulletinDraft draft = bulletins.draft(AS_OF);
        String title = draft.title() + " 😀";
        long id = bulletins.issue(new BulletinDraft(draft.asOf(), draft.number(), title, draft.issuer(),
                "第一行\n第二行", draft.closing()));
        BulletinService.Issued issued = bulletins.archive().stream().filter(i -> i.id() == id).findFirst()
                .orElseThrow();
        assertThat(issued.hasPdf()).as("the font has no emoji").isFalse();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bulletins.download(id).content()))) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains(title, "第一行\n第二行");
        }
        assertThatThrownBy(() -> bulletins.downloadPdf(id)).isInstanceOf(IllegalStateException.class);
    }
}
