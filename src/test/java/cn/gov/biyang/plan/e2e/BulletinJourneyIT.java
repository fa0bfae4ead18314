package cn.gov.biyang.plan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On demo date 2020-02-05 the office checks the figures of a progress bulletin (进度通报), edits its title and issues
 * it: the browser receives the Word document, which holds the edited title and the same ranking and outstanding items
 * as the page; the archive lists it under the year's first number and offers its PDF; and the page stays usable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.embedded-db.data-dir=target/test-pg/${random.uuid}",
        "portal.embedded-db.clean=true",
        "portal.embedded-db.port=0",
        "portal.demo-date=2020-02-05",
        "portal.scheduling.enabled=false"})
class BulletinJourneyIT {

    private static final String PREFILLED_TITLE = "关于全县“十四五”规划编制工作进展情况的通报";
    private static final String EDITED_TITLE = PREFILLED_TITLE + "（第一期）";
    private static final String FIRST_NUMBER = "规划办通报〔2020〕1号";

    @LocalServerPort
    int port;
    @TempDir
    Path downloads;

    /**
     * Scrolls the element into view (the issue button and the archive are below the fold) and clicks it as a user
     * would: Chromium lets a page start downloads after the first only on a user gesture, which a script's click()
     * is not.
     */
    private static void realClick(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private static String value(Browser browser, String id) {
        return (String) ((JavascriptExecutor) browser.driver)
                .executeScript("return document.getElementById(arguments[0]).value", id);
    }

    private static String textContent(Browser browser, String id) {
        return (String) ((JavascriptExecutor) browser.driver)
                .executeScript("return document.getElementById(arguments[0]).textContent", id);
    }

    /** The cell texts of a Word table's rows after its header row. */
    private static List<List<String>> body(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows().subList(1, table.getNumberOfRows())) {
            rows.add(row.getTableCells().stream().map(c -> c.getText().strip()).toList());
        }
        return rows;
    }

    @Test
    void officeIssuesABulletinAndDownloadsItsWordAndPdf() throws Exception {
        try (Browser office = new Browser(port, downloads)) {
            office.login("office", "portal-demo");
            office.waitFor(By.id("overview"));
            office.open("/office/bulletins");
            office.waitFor(By.id("bulletin-view"));

            // a fresh database: nothing issued yet, so this would be the year's first bulletin
            office.waitForText(By.id("bulletin-number"), FIRST_NUMBER);
            assertThat(value(office, "bulletin-title")).isEqualTo(PREFILLED_TITLE);
            assertThat(value(office, "bulletin-summary")).startsWith("截至2020年2月5日，").contains("按时报送率");

            // the ranking: one row per lead unit, ranked 1..n: 应报送 = 按时 + 逾期 + 未报送, then 退回修改 and the rate
            List<List<String>> ranking = office.gridRows("bulletin-ranking");
            assertThat(ranking).hasSizeGreaterThan(3);
            for (int i = 0; i < ranking.size(); i++) {
                List<String> row = ranking.get(i);
                assertThat(row).as("ranking row %d", i + 1).hasSize(8);
                assertThat(row.get(0)).isEqualTo(String.valueOf(i + 1));
                assertThat(row.get(1)).isNotBlank();
                assertThat(Integer.parseInt(row.get(3)) + Integer.parseInt(row.get(4)) + Integer.parseInt(row.get(5)))
                        .as("ranking row %d adds up", i + 1).isEqualTo(Integer.parseInt(row.get(2)));
                assertThat(row.get(7)).matches("\\d{1,3}%");
            }
            // the outstanding items: on the demo date 县水利局 has not delivered topic 8 (see NudgeJourneyIT)
            List<List<String>> outstanding = office.gridRows("bulletin-outstanding");
            assertThat(outstanding).anySatisfy(row -> {
                assertThat(row.get(0)).isEqualTo("县水利局");
                assertThat(row.get(1)).startsWith("课题8 ");
            });
            assertThat(ranking).extracting(row -> row.get(1)).contains("县水利局");
            assertThat(office.gridRowsNow("bulletin-archive")).isEmpty();
            office.screenshot("office-bulletin-draft");

            // edit the wording: append to the title, then leave the field so that its value reaches the server
            WebElement title = office.driver.findElement(By.cssSelector("#bulletin-title input"));
            title.click();
            title.sendKeys(Keys.END, "（第一期）", Keys.TAB);

            realClick(office, office.driver.findElement(By.id("bulletin-issue")));
            office.waitForText(By.cssSelector("vaadin-notification-card"), "通报已签发存档");

            // issuing downloads the Word document, named by its number
            Path docx = office.waitForDownload(".docx");
            assertThat(docx.getFileName().toString()).isEqualTo(FIRST_NUMBER + ".docx");
            try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
                String text = new XWPFWordExtractor(doc).getText();
                assertThat(text).startsWith(EDITED_TITLE).contains(FIRST_NUMBER, "各乡镇（街道）、县直有关单位：",
                        "截至2020年2月5日", "县“十四五”规划编制工作领导小组办公室");
                assertThat(doc.getTables()).hasSize(2);
                // the document states what the page showed: the same ranking, the same outstanding items
                assertThat(body(doc.getTables().get(0))).isEqualTo(ranking);
                assertThat(body(doc.getTables().get(1))).isEqualTo(outstanding.stream()
                        .map(row -> row.subList(0, 5)).toList());
            }

            // the archive lists it, and the next bulletin would get the next number
            // (read as textContent: the label is scrolled out of view now, and Selenium's getText gives "" then)
            new WebDriverWait(office.driver, Duration.ofSeconds(20))
                    .withMessage("the label shows the next number")
                    .until(d -> textContent(office, "bulletin-number").contains("规划办通报〔2020〕2号"));
            List<List<String>> archive = office.gridRows("bulletin-archive");
            assertThat(archive).hasSize(1);
            assertThat(archive.getFirst().subList(0, 3)).containsExactly(FIRST_NUMBER, "2020年2月5日", EDITED_TITLE);
            assertThat(archive.getFirst().get(3)).as("issued by").isNotBlank();
            ((JavascriptExecutor) office.driver).executeScript(
                    "document.getElementById('bulletin-archive').scrollIntoView({block: 'center'})");
            office.screenshot("office-bulletin-issued");

            // the server has a CJK font, so the archive offers the PDF too
            realClick(office, office.driver.findElement(By.cssSelector("#bulletin-archive a[href$='.pdf']")));
            Path pdf = office.waitForDownload(".pdf");
            assertThat(pdf.getFileName().toString()).isEqualTo(FIRST_NUMBER + ".pdf");
            byte[] pdfBytes = Files.readAllBytes(pdf);
            assertThat(new String(pdfBytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            try (PDDocument doc = Loader.loadPDF(pdfBytes)) {
                assertThat(new PDFTextStripper().getText(doc)).contains(EDITED_TITLE, FIRST_NUMBER, "县水利局");
            }

            // the page is still live after the download (it once opened the file with Page.open(url, "_self"), which
            // stops the Vaadin client and left a page that ignored every click): another cut-off date, a new draft
            WebElement asOf = office.driver.findElement(By.cssSelector("#bulletin-as-of input"));
            realClick(office, asOf);
            asOf.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2020/1/31", Keys.ENTER);
            new WebDriverWait(office.driver, Duration.ofSeconds(20))
                    .withMessage("the draft follows the new cut-off date")
                    .until(d -> value(office, "bulletin-summary").startsWith("截至2020年1月31日，"));
            assertThat(value(office, "bulletin-title")).isEqualTo(PREFILLED_TITLE);
        }
    }
}
