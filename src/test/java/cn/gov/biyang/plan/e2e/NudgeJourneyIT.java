package cn.gov.biyang.plan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.gov.biyang.plan.catalogue.CatalogueService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On demo date 2020-02-05 topic 8 of 县水利局 is overdue: the office nudges the unit, and its liaison sees the bell
 * count and the notification in the portal; the liaison's calendar feed is served, and stops when revoked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.embedded-db.data-dir=target/test-pg/${random.uuid}",
        "portal.embedded-db.clean=true",
        "portal.embedded-db.port=0",
        // a clean slate: the test makes its own data (the demo activity has DemoActivityTest)
        "portal.demo.activity=false",
        "portal.demo-date=2020-02-05",
        "portal.scheduling.enabled=false"})
class NudgeJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    CatalogueService catalogue;

    /** Scrolls the element into view and clicks it (long pages put buttons below the fold). */
    private static void jsClick(Browser browser, org.openqa.selenium.WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    @Test
    void officeNudgesAndTheLiaisonSeesItInTheBell() throws Exception {
        Long shuili = catalogue.unitByCode("shuili").orElseThrow().id();
        try (Browser office = new Browser(port)) {
            office.login("office", "portal-demo");
            office.waitFor(By.id("overview"));
            office.open("/office/nudge");
            jsClick(office, office.waitFor(By.id("nudge-only-" + shuili)));
            office.waitForText(By.id("nudge-preview"), "县水利局：");
            assertThat(office.driver.findElement(By.id("nudge-preview")).getText()).contains("课题8", "已逾期5天");
            office.screenshot("office-nudge");
            jsClick(office, office.driver.findElement(By.id("nudge-send")));
            office.waitFor(By.cssSelector("vaadin-notification-card"));
            assertThat(office.driver.findElement(By.cssSelector("vaadin-notification-card")).getText())
                    .contains("已向 1 个单位发出催办");
        }
        try (Browser liaison = new Browser(port)) {
            liaison.login("shuili", "portal-demo");
            liaison.waitForUrlEnding("/my-tasks");
            assertThat(liaison.waitFor(By.id("bell-count")).getText()).isEqualTo("1");
            liaison.driver.findElement(By.id("bell")).click();
            liaison.waitForUrlEnding("/notifications");
            liaison.waitForText(By.id("notifications-grid"), "【提醒】县水利局");
            liaison.screenshot("liaison-notification");

            liaison.open("/calendar-feed");
            jsClick(liaison, liaison.waitFor(By.id("feed-renew")));
            String url = new org.openqa.selenium.support.ui.WebDriverWait(liaison.driver,
                    java.time.Duration.ofSeconds(20)).until(d -> {
                        Object value = ((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript("return document.getElementById('feed-url').value");
                        return value instanceof String v && v.contains("/calendar/") ? v : null;
                    });
            assertThat(url).contains("/calendar/").endsWith(".ics");
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> feed = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(feed.statusCode()).isEqualTo(200);
            assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("text/calendar"));
            assertThat(feed.body()).contains("BEGIN:VCALENDAR", "DTSTART;VALUE=DATE:20200131");

            jsClick(liaison, liaison.driver.findElement(By.id("feed-revoke")));
            new org.openqa.selenium.support.ui.WebDriverWait(liaison.driver, java.time.Duration.ofSeconds(20))
                    .until(d -> "尚未生成订阅地址".equals(((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript("return document.getElementById('feed-url').value")));
            HttpResponse<String> revoked = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(revoked.statusCode()).isEqualTo(404);
        }
    }
}
