package cn.gov.biyang.plan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import cn.gov.biyang.plan.catalogue.CatalogueUpkeepService;
import cn.gov.biyang.plan.catalogue.CatalogueUpkeepService.ItemForm;
import cn.gov.biyang.plan.catalogue.CatalogueUpkeepService.UpkeepItem;
import cn.gov.biyang.plan.catalogue.WorkItemKind;
import cn.gov.biyang.plan.organization.OrganizationService;
import cn.gov.biyang.plan.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The office creates a liaison for a township; the liaison logs in with the temporary password, must choose a new
 * one, and then sees exactly that township's tasks. Along the way: the session id changes at login, and the office
 * finds the new account in the audit log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.embedded-db.data-dir=target/test-pg/${random.uuid}",
        "portal.embedded-db.clean=true",
        "portal.embedded-db.port=0",
        // a clean slate: the test makes its own data (the demo activity has DemoActivityTest)
        "portal.demo.activity=false"})
class AdminJourneyIT {

    private static final String TOPIC_8 = "泌阳县“十四五”时期水利高质量发展及建设重大水利基础设施思路研究";

    @LocalServerPort
    int port;
    @Autowired
    CatalogueUpkeepService upkeep;
    @Autowired
    OrganizationService organization;
    @Autowired
    UserDetailsService users;

    /** The office has named 羊册镇 a supporting unit of topic 8 (catalogue upkeep, tested on its own elsewhere). */
    private void township_supports_topic_8() {
        TestUsers.actAs(users, "office");
        try {
            UpkeepItem topic8 = upkeep.items().stream()
                    .filter(i -> i.kind() == WorkItemKind.TOPIC && i.number() == 8).findFirst().orElseThrow();
            upkeep.updateItem(topic8.id(), new ItemForm(topic8.title(), topic8.scope(), topic8.lead().id(),
                    List.of(organization.byCode("yangce").orElseThrow().getId()), null, topic8.dueOn()));
        } finally {
            TestUsers.signOut();
        }
    }

    @Test
    void officeCreatesATownshipLiaisonWhoChangesThePasswordAndSeesOnlyTheTownshipsTasks() {
        township_supports_topic_8();
        try (Browser browser = new Browser(port)) {
            WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(40));

            // the office creates the account
            browser.login("office", "portal-demo");
            browser.waitFor(By.id("overview"));
            browser.open("/admin/accounts");
            browser.waitFor(By.id("accounts-grid"));
            browser.waitFor(By.id("new-account")).click();
            browser.waitFor(By.cssSelector("#account-username input")).sendKeys("yangce.wang");
            browser.driver.findElement(By.cssSelector("#account-name input")).sendKeys("王芳");
            WebElement unit = browser.driver.findElement(By.cssSelector("#account-unit input"));
            unit.sendKeys("羊册镇");
            // the filtered items come from the server; then the first (the only match) is chosen with the keyboard
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            wait.until(d -> Boolean.TRUE.equals(js.executeScript("const c = document.getElementById('account-unit');"
                    + "return !c.loading && (c.filteredItems || []).some(i => i && i.label === '羊册镇');")));
            unit.sendKeys(Keys.ARROW_DOWN);
            unit.sendKeys(Keys.ENTER);
            wait.until(d -> Boolean.TRUE.equals(js.executeScript(
                    "return document.getElementById('account-unit').selectedItem != null;")));
            browser.screenshot("admin-new-liaison");
            browser.driver.findElement(By.id("account-save")).click();
            String temporary = browser.waitFor(By.id("temporary-password")).getText().strip();
            assertThat(temporary).matches("[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}");
            browser.screenshot("admin-temporary-password");
            browser.driver.findElement(By.id("temporary-password-close")).click();

            // ... and finds it in the audit log
            browser.open("/admin/audit");
            browser.waitForText(By.id("audit-grid"), "ACCOUNT_CREATED");
            browser.screenshot("admin-audit-log");
            browser.waitFor(By.id("logout")).click();
            browser.waitForUrlEnding("/login");

            // the liaison: temporary password, then a new one of their own; the session id changes at login
            browser.open("/login");
            browser.waitFor(By.cssSelector("vaadin-text-field[name='username'] input"));
            String sessionBefore = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
            browser.login("yangce.wang", temporary);
            browser.waitFor(By.cssSelector("#new-password input")).sendKeys("羊册镇的山楂红了2020");
            browser.driver.findElement(By.cssSelector("#new-password-confirm input")).sendKeys("羊册镇的山楂红了2020");
            browser.screenshot("liaison-new-password");
            browser.driver.findElement(By.id("new-password-submit")).click();
            browser.waitForUrlEnding("/my-tasks");
            browser.waitFor(By.id("supporting-items"));
            String sessionAfter = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
            assertThat(sessionAfter).isNotEqualTo(sessionBefore);

            // exactly the township's tasks: it leads nothing and supports topic 8
            assertThat(browser.driver.findElement(By.id("my-unit")).getText()).contains("羊册镇");
            assertThat(browser.driver.findElements(By.id("lead-items"))).isEmpty();
            assertThat(browser.texts(By.cssSelector("#supporting-items a.item-title"))).containsExactly(TOPIC_8);
            assertThat(browser.driver.findElement(By.id("side-nav")).getText()).doesNotContain("账号管理")
                    .contains("我的账号");
            browser.screenshot("liaison-township-tasks");

            // and the new password is the one that works from now on
            browser.waitFor(By.id("logout")).click();
            browser.waitForUrlEnding("/login");
            browser.login("yangce.wang", temporary);
            browser.waitForUrlEnding("/login?error");
        }
    }
}
