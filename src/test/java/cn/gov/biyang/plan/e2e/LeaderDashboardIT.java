package cn.gov.biyang.plan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A leadership member sees the dashboard with rendered charts and figures, and can change nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.embedded-db.data-dir=target/test-pg/${random.uuid}",
        "portal.embedded-db.clean=true",
        "portal.embedded-db.port=0",
        "portal.demo-date=2020-02-05",
        "portal.scheduling.enabled=false"})
class LeaderDashboardIT {

    @LocalServerPort
    int port;

    @Test
    void leaderSeesRenderedChartsAndCannotChangeAnything() {
        try (Browser leader = new Browser(port)) {
            leader.login("leader", "portal-demo");
            leader.waitFor(By.id("overview"));
            leader.open("/dashboard");
            leader.waitFor(By.id("dashboard-view"));
            for (String chart : List.of("chart-phases", "chart-topics", "chart-plans", "chart-overdue",
                    "chart-progress", "chart-domains", "chart-project-status")) {
                WebElement drawn = leader.waitFor(By.cssSelector("#" + chart + "[data-rendered='true']"));
                assertThat(drawn.findElements(By.tagName("svg"))).as("chart %s drawn as SVG", chart).isNotEmpty();
            }
            // figures behind the charts: 33 topic reports overdue on 2020-02-05
            String figures = (String) ((org.openqa.selenium.JavascriptExecutor) leader.driver).executeScript(
                    "return document.querySelector('#dashboard-view').textContent");
            assertThat(figures).contains("各阶段完成情况", "第二阶段", "已逾期");
            leader.screenshot("leader-dashboard");

            // read only: nothing on the page changes data, and the office's pages are refused
            assertThat(leader.driver.findElements(By.cssSelector("#dashboard-view vaadin-button")))
                    .extracting(WebElement::getText).containsExactly("打印");
            leader.open("/office/monitor");
            leader.waitFor(By.id("access-denied"));
            leader.open("/office/nudge");
            leader.waitFor(By.id("access-denied"));
        }
    }
}
