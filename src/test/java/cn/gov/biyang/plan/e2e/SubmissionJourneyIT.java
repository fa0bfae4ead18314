package cn.gov.biyang.plan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.gov.biyang.plan.submission.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The full review round trip in a real browser: the water bureau's liaison uploads a Chinese-named DOCX and submits,
 * the office returns it with a comment, the liaison sees the comment and uploads version 2, the office accepts. Both
 * versions then download with their original names and identical bytes; a renamed program is refused, and so is a
 * file over the limit once the browser's own check is switched off; another unit's liaison is refused the page and the
 * file by URL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.embedded-db.data-dir=target/test-pg/${random.uuid}",
        "portal.embedded-db.clean=true",
        "portal.embedded-db.port=0",
        // a clean slate: the test makes its own data (the demo activity has DemoActivityTest)
        "portal.demo.activity=false"})
class SubmissionJourneyIT {

    private static final String PASSWORD = "portal-demo";
    private static final String NAME = "泌阳县水利高质量发展调研报告.docx";
    private static final String COMMENT = "请补充重大水利工程项目清单。";

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @Test
    void aReportGoesThroughReturnAndAcceptanceAndBothVersionsStayDownloadable() throws IOException {
        Path v1 = write("v1", NAME, TestFiles.docx("第一稿"));
        Path v2 = write("v2", NAME, TestFiles.docx("第二稿：补充了项目清单"));
        Path fake = write("fake", "调研报告.pdf", TestFiles.exe());
        Path oversize = Files.createDirectories(temp.resolve("big")).resolve("超大附件.pdf");
        try (var in = TestFiles.generatedPdf(100L * 1024 * 1024 + 1)) {
            Files.copy(in, oversize);
        }
        String deliverablePath;

        // the liaison finds the report in 我的任务 and on the topic, uploads, submits
        try (Browser browser = new Browser(port)) {
            browser.login("shuili", PASSWORD);
            browser.waitFor(By.id("lead-items"));
            assertThat(browser.driver.findElement(By.id("lead-items")).getText()).contains("调研报告", "未提交");
            browser.open("/topics/8");
            browser.waitFor(By.cssSelector("#deliverables-grid a.deliverable-link")).click();
            browser.waitFor(By.id("deliverable-view"));
            deliverablePath = java.net.URI.create(browser.driver.getCurrentUrl()).getPath();

            upload(browser, "main", fake, null);
            browser.waitForText(By.tagName("vaadin-notification-card"), "实际是可执行程序");
            assertThat(browser.driver.findElement(By.id("documents-grid")).getText()).contains("尚未上传");

            // the browser's size check switched off: the server still refuses a file over 100 MB
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].maxFileSize = Infinity;",
                    browser.waitFor(By.id("main-upload")));
            upload(browser, "main", oversize, null);
            browser.waitForText(By.tagName("vaadin-notification-card"), "超过大小上限 100 MB");
            assertThat(browser.driver.findElement(By.id("documents-grid")).getText()).contains("尚未上传");
            Files.delete(oversize);

            upload(browser, "main", v1, "初稿，请审阅");
            browser.waitFor(By.cssSelector("#documents-grid a.doc-link"));
            assertThat(browser.texts(By.cssSelector("#documents-grid a.doc-link"))).containsExactly(NAME);
            browser.waitFor(By.id("submit")).click();
            browser.waitForText(By.id("deliverable-status"), "已提交待审 · 第1轮");
            browser.screenshot("submission-liaison-submitted");
        }

        // the office finds it in the review queue and returns it with a comment
        try (Browser browser = new Browser(port)) {
            browser.login("office", PASSWORD);
            browser.waitFor(By.id("overview"));
            browser.open("/review-queue");
            browser.waitFor(By.cssSelector("#queue-grid a.queue-link")).click();
            browser.waitFor(By.id("review-section"));
            browser.driver.findElement(By.id("return")).click();
            browser.waitForText(By.tagName("vaadin-notification-card"), "必须填写意见");
            browser.driver.findElement(By.cssSelector("#review-comment textarea")).sendKeys(COMMENT);
            settle(browser);
            browser.driver.findElement(By.id("return")).click();
            browser.waitForText(By.id("deliverable-status"), "退回修改 · 第1轮");
            browser.screenshot("submission-office-returned");
        }

        // the liaison sees the comment and the round, uploads version 2 and submits again
        try (Browser browser = new Browser(port)) {
            browser.login("shuili", PASSWORD);
            browser.waitFor(By.id("lead-items"));
            assertThat(browser.driver.findElement(By.id("lead-items")).getText()).contains("退回修改 · 第1轮");
            browser.open(deliverablePath);
            browser.waitFor(By.id("return-comment"));
            assertThat(browser.driver.findElement(By.id("return-comment")).getText()).contains("第1轮", COMMENT);
            assertThat(browser.driver.findElement(By.id("submit")).getAttribute("disabled")).isNotNull();
            upload(browser, "main", v2, "按意见补充项目清单");
            browser.waitForText(By.id("documents-grid"), "第2版");
            browser.waitFor(By.id("submit")).click();
            browser.waitForText(By.id("deliverable-status"), "已提交待审 · 第2轮");
        }

        // the office accepts round 2
        try (Browser browser = new Browser(port)) {
            browser.login("office", PASSWORD);
            browser.waitFor(By.id("overview"));
            browser.open(deliverablePath);
            browser.waitFor(By.id("review-section"));
            browser.driver.findElement(By.cssSelector("#review-comment textarea")).sendKeys("同意");
            settle(browser);
            browser.driver.findElement(By.id("accept")).click();
            browser.waitForText(By.id("deliverable-status"), "已通过");
        }

        // everything stays: both versions, the comment, both decisions; downloads are byte-identical
        List<String> links;
        try (Browser browser = new Browser(port)) {
            browser.login("shuili", PASSWORD);
            browser.waitFor(By.id("lead-items"));
            browser.open(deliverablePath);
            browser.waitFor(By.id("timeline"));
            String rounds = browser.driver.findElement(By.id("rounds")).getText();
            assertThat(rounds).contains("第1轮", "退回修改", COMMENT, "第2轮", "通过");
            String timeline = browser.driver.findElement(By.id("timeline")).getText();
            assertThat(timeline).contains("上传第1版", "提交第1轮审核", "第1轮退回修改", "上传第2版", "提交第2轮审核", "第2轮通过");
            assertThat(browser.texts(By.cssSelector("#documents-grid a.doc-link"))).containsExactly(NAME, NAME);
            browser.screenshot("submission-accepted-history");

            links = browser.driver.findElements(By.cssSelector("#documents-grid a.doc-link")).stream()
                    .map(a -> a.getAttribute("href")).toList();
            List<String> expected = browser.driver.findElements(By.cssSelector("#documents-grid .sha256")).stream()
                    .map(s -> s.getAttribute("data-sha256")).toList();
            assertThat(expected).containsExactly(sha256(Files.readAllBytes(v1)), sha256(Files.readAllBytes(v2)));
            for (int i = 0; i < links.size(); i++) {
                Map<?, ?> result = fetch(browser, links.get(i));
                assertThat(result.get("status")).isEqualTo(200L);
                assertThat(result.get("sha256")).isEqualTo(expected.get(i));
                assertThat((String) result.get("disposition")).contains("filename*=UTF-8''"
                        + java.net.URLEncoder.encode(NAME, java.nio.charset.StandardCharsets.UTF_8));
            }
            browser.open(deliverablePath);
            browser.waitForText(By.id("activity"), "下载");
        }

        // another unit's liaison: the page and the files are refused, by URL too
        try (Browser browser = new Browser(port)) {
            browser.login("huayuan", PASSWORD);
            browser.waitFor(By.id("my-unit"));
            browser.open("/topics/8");
            browser.waitFor(By.id("deliverables-grid"));
            assertThat(browser.driver.findElements(By.cssSelector("#deliverables-grid a.deliverable-link"))).isEmpty();
            assertThat(browser.driver.findElement(By.id("item-deliverables")).getText()).contains("本单位未参与此事项");
            browser.open(deliverablePath);
            browser.waitFor(By.id("access-denied"));
            assertThat(browser.driver.findElements(By.id("documents-grid"))).isEmpty();
            Map<?, ?> refused = fetch(browser, links.get(0));
            assertThat(refused.get("status")).isEqualTo(403L);
            assertThat(refused.get("sha256")).isNotEqualTo(sha256(Files.readAllBytes(v1)));
            browser.screenshot("submission-other-unit-refused");
        }
    }

    /** Types the note, waits for it to reach the server, then hands the file to the upload's file input. */
    private static void upload(Browser browser, String prefix, Path file, String note) {
        if (note != null) {
            WebElement input = browser.waitFor(By.cssSelector("#" + prefix + "-note input"));
            input.clear();
            input.sendKeys(note);
            settle(browser);
        }
        WebElement upload = browser.waitFor(By.id(prefix + "-upload"));
        WebElement fileInput = (WebElement) ((JavascriptExecutor) browser.driver).executeScript("""
                const u = arguments[0];
                return u.querySelector('input[type=file]') || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));
                """, upload);
        fileInput.sendKeys(file.toAbsolutePath().toString());
        settle(browser);
    }

    /** Waits until the Vaadin client has no request in flight. */
    private static void settle(Browser browser) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return !!window.Vaadin && !!window.Vaadin.Flow && !Object.values(window.Vaadin.Flow.clients)"
                            + ".some(c => c.isActive && c.isActive());"));
        });
    }

    /** Downloads a link in the page's session and hashes it in the browser: what the user's machine receives. */
    private static Map<?, ?> fetch(Browser browser, String url) {
        return (Map<?, ?>) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(async r => {
                  const bytes = await r.arrayBuffer();
                  const digest = await crypto.subtle.digest('SHA-256', bytes);
                  const hex = Array.from(new Uint8Array(digest)).map(b => b.toString(16).padStart(2, '0')).join('');
                  done({status: r.status, sha256: hex, disposition: r.headers.get('Content-Disposition') || ''});
                }).catch(e => done({status: -1, sha256: '', disposition: String(e)}));
                """, url);
    }

    private Path write(String dir, String name, byte[] bytes) throws IOException {
        Path d = Files.createDirectories(temp.resolve(dir));
        return Files.write(d.resolve(name), bytes);
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
