package cn.gov.biyang.plan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The project library in a real browser: a township proposes, the office screens it into the library. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.embedded-db.data-dir=target/test-pg/${random.uuid}",
        "portal.embedded-db.clean=true",
        "portal.embedded-db.port=0",
        // a clean slate: the test makes its own data (the demo activity has DemoActivityTest)
        "portal.demo.activity=false"})
class ProjectLibraryIT {

    private static final String PASSWORD = "portal-demo";

    @LocalServerPort
    int port;

    @Test
    void aTownshipProposesAProjectAndTheOfficeScreensItIntoTheLibraryAndProposesItToTheProvince() {
        String url;
        try (Browser huayuan = new Browser(port)) {
            huayuan.login("huayuan", PASSWORD);
            huayuan.waitForUrlEnding("/my-tasks");
            huayuan.open("/projects");
            huayuan.waitFor(By.id("new-project")).click();
            huayuan.waitFor(By.id("field-name"));
            type(huayuan, "field-name", "花园街道老旧小区改造项目");
            choose(huayuan, "field-domain", "社会民生");
            choose(huayuan, "field-nature", "改建");
            choose(huayuan, "field-location", "花园街道");
            type(huayuan, "field-scale-content", "改造老旧小区 12 个，涉及 1,860 户");
            type(huayuan, "field-total-investment", "1200");
            type(huayuan, "field-fund-county", "200");
            type(huayuan, "field-fund-self", "1000");
            huayuan.waitForText(By.id("funding-sum"), "资金来源合计 1,200.00 万元 / 总投资 1,200.00 万元");
            type(huayuan, "field-period-investment", "1000");
            type(huayuan, "field-start-year", "2021");
            type(huayuan, "field-end-year", "2023");
            choose(huayuan, "field-plans", "18 基本公共服务体系规划");
            huayuan.screenshot("projects-liaison-form");
            huayuan.driver.findElement(By.id("project-save")).click();
            huayuan.waitForText(By.id("project-status"), "草稿");
            url = huayuan.driver.getCurrentUrl();
            assertThat(url).matches(".*/projects/\\d+$");
            assertThat(huayuan.driver.findElement(By.id("fact-applicant")).getText()).isEqualTo("花园街道");
            assertThat(huayuan.driver.findElement(By.id("fact-plans")).getText()).isEqualTo("基本公共服务体系规划");
            huayuan.driver.findElement(By.id("action-submit")).click();
            huayuan.waitForText(By.id("project-status"), "待初筛");
            // once it is the office's, the liaison can no longer edit it
            assertThat(huayuan.driver.findElements(By.id("action-edit"))).isEmpty();
            huayuan.screenshot("projects-liaison-submitted");
        }

        try (Browser office = new Browser(port)) {
            office.login("office", PASSWORD);
            office.waitFor(By.id("overview"));
            office.open("/projects");
            office.waitForText(By.id("projects-totals"), "共 1 个项目，总投资 1,200.00 万元");
            office.waitFor(By.cssSelector("#projects-grid a.project-name")).click();
            office.waitForText(By.id("project-status"), "待初筛");

            office.driver.findElement(By.id("action-screen")).click();
            office.waitForText(By.id("project-status"), "初筛通过");
            office.waitFor(By.id("action-argue")).click();
            office.waitForText(By.id("project-status"), "论证中");
            office.waitFor(By.id("action-include")).click();
            office.waitForText(By.id("project-status"), "已入库");
            choose(office, "proposal-provincial", "已报送");
            office.waitForText(By.id("project-history"), "省级规划：（空） → 已报送");

            List<String> steps = office.texts(By.cssSelector("#project-history .history-action"));
            assertThat(steps).containsExactly("新建", "提交规划办", "初筛通过", "进入论证", "入库", "上级规划报送");
            assertThat(office.driver.findElement(By.id("project-history")).getText())
                    .contains("花园街道联络员", "草稿 → 待初筛", "论证中 → 已入库");
            office.screenshot("projects-office-history");

            office.open("/projects");
            office.waitForText(By.id("projects-totals"), "共 1 个项目");
            assertThat(office.driver.findElement(By.id("projects-grid")).getText()).contains("已入库", "省：已报送");
            office.screenshot("projects-office-list");

            // the export link streams an .xlsx of the current list in the signed-in user's session
            String href = office.driver.findElement(By.id("export-projects")).getAttribute("href");
            Object download = ((JavascriptExecutor) office.driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                            + " + r.headers.get('content-type') + ' ' + (b.byteLength > 5000))));", href);
            assertThat(download).isEqualTo(
                    "200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet true");
        }
    }

    @Test
    void anExcelFileWithErrorsImportsItsGoodRowsAndListsEachBadCell() throws IOException {
        Path file = Files.createTempFile("projects", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("项目库");
            row(sheet, 0, "项目名称", "申报单位", "所属领域", "建设性质", "建设地点", "总投资（万元）", "县级资金（万元）",
                    "“十四五”期间计划投资（万元）", "开工年份", "完工年份");
            row(sheet, 1, "羊册镇农村供水提升工程", "羊册镇", "基础设施", "新建", "羊册", "800", "800", "800", "2021",
                    "2022");
            row(sheet, 2, "羊册镇道路提质改造", "羊册镇", "交通", "新建", "羊册", "500", "400", "500", "2021", "2022");
            workbook.write(out);
        }
        try (Browser yangce = new Browser(port)) {
            yangce.login("yangce", PASSWORD);
            yangce.waitForUrlEnding("/my-tasks");
            yangce.open("/projects");
            yangce.waitFor(By.id("import-projects")).click();
            WebElement upload = yangce.waitFor(By.id("import-upload"));
            // the file input sits in the upload's shadow DOM, hidden behind its button
            WebElement input = (WebElement) ((JavascriptExecutor) yangce.driver).executeScript(
                    "const u = arguments[0]; const i = u.querySelector('input[type=file]')"
                            + " || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));"
                            + " i.hidden = false; i.style.display = 'block'; return i;", upload);
            input.sendKeys(file.toAbsolutePath().toString());
            yangce.waitForText(By.id("import-summary"), "新增 1 个，更新 0 个，未变 0 个，有错误未导入 1 行");
            String errors = yangce.waitFor(By.id("import-errors")).getText();
            assertThat(errors).contains("未知领域“交通”", "资金来源合计 400.00 万元，与总投资 500.00 万元不一致");
            yangce.screenshot("projects-import-errors");
            yangce.driver.findElement(By.id("import-close")).click();
            yangce.waitForText(By.id("projects-totals"), "共 1 个项目");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.waitFor(By.cssSelector("#" + id + " input, #" + id + " textarea"));
        scrollTo(browser, field);
        field.sendKeys(text);
        field.sendKeys(Keys.TAB);
    }

    private static void scrollTo(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                element);
    }

    /** Types an item's exact label into a (multi-select) combo box and commits it. */
    private static void choose(Browser browser, String id, String label) {
        // the detail panel is rebuilt after each workflow step: wait until the new box takes input (a box found
        // while the old panel was being replaced is not interactable or stale), then type
        WebElement field = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver,
                java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement input = d.findElement(By.cssSelector("#" + id + " input"));
                    scrollTo(browser, input);
                    input.click();
                    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), label);
                    return input;
                });
        // the items arrive from the server: wait until the box has them, then Enter picks the exact label
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "const box = document.getElementById(arguments[0]);"
                                + "return box.opened && !box.loading && (box.filteredItems || []).length > 0;", id)));
        field.sendKeys(Keys.ENTER);
        field.sendKeys(Keys.TAB);
    }
}
