package cn.gov.biyang.plan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One journey per role in a real headless Chromium against the running portal (demo profile). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.embedded-db.data-dir=target/test-pg/${random.uuid}",
        "portal.embedded-db.clean=true",
        "portal.embedded-db.port=0",
        // a clean slate: the test makes its own data (the demo activity has DemoActivityTest)
        "portal.demo.activity=false"})
class RoleJourneysIT {

    private static final String PASSWORD = "portal-demo";

    @LocalServerPort
    int port;

    @Test
    void liaisonOfTheWaterBureauLandsOnExactlyItsTasks() {
        try (Browser browser = new Browser(port)) {
            browser.login("shuili", PASSWORD);
            browser.waitForUrlEnding("/my-tasks");
            browser.waitFor(By.id("lead-items"));
            assertThat(browser.driver.findElement(By.id("my-unit")).getText()).contains("县水利局");
            assertThat(browser.texts(By.cssSelector("#lead-items a.item-title"))).containsExactly(
                    "泌阳县“十四五”时期水利高质量发展及建设重大水利基础设施思路研究",
                    "泌阳县“十四五”水利发展规划");
            assertThat(browser.texts(By.cssSelector("#supporting-items a.item-title")))
                    .containsExactly("泌阳县“十四五”现代农业发展规划");
            assertThat(browser.driver.findElement(By.id("demo-date")).getText()).isEqualTo("演示日期：2020年1月15日");
            browser.screenshot("liaison-my-tasks");

            // the liaison can read the catalogue but has no office page in the navigation
            assertThat(browser.driver.findElement(By.id("side-nav")).getText()).doesNotContain("账号管理");
        }
    }

    @Test
    void officeSeesAllThirtyThreeTopicsAndTwentySevenPlans() {
        try (Browser browser = new Browser(port)) {
            browser.login("office", PASSWORD);
            browser.waitFor(By.id("overview"));
            browser.waitForText(By.id("current-phase"), "第二阶段");
            assertThat(browser.driver.findElement(By.id("days-to-deadline")).getText()).isEqualTo("16 天");
            browser.screenshot("office-overview");

            browser.open("/topics");
            browser.waitForText(By.id("topic-count"), "共 33 项课题");
            assertThat(browser.driver.findElements(By.cssSelector("#topics-grid a.item-title"))).hasSize(33);
            browser.screenshot("office-topics");

            browser.open("/plans");
            browser.waitForText(By.id("plan-count"), "共 26 项专项规划");
            assertThat(browser.driver.findElement(By.id("master-plan")).getText())
                    .contains("泌阳县国民经济和社会发展第十四个五年规划纲要");
            assertThat(browser.driver.findElements(By.cssSelector("#plans-grid a.item-title"))).hasSize(26);

            browser.open("/topics/15");
            browser.waitFor(By.id("item-scope"));
            assertThat(browser.driver.findElements(By.cssSelector("#item-supporting a"))).hasSize(10);
            browser.screenshot("office-topic-15");

            browser.open("/phases");
            browser.waitFor(By.cssSelector("#phase-2.current"));
            browser.screenshot("office-phases");

            browser.open("/admin/accounts");
            browser.waitFor(By.id("accounts-grid"));
        }
    }

    @Test
    void leaderIsRefusedAnOfficePageOpenedByUrl() {
        try (Browser browser = new Browser(port)) {
            browser.login("leader", PASSWORD);
            browser.waitFor(By.id("overview"));
            assertThat(browser.driver.findElement(By.id("side-nav")).getText()).doesNotContain("账号管理");

            browser.open("/admin/accounts");
            browser.waitFor(By.id("access-denied"));
            assertThat(browser.driver.findElement(By.id("access-denied")).getText()).contains("无权访问");
            assertThat(browser.driver.findElements(By.id("accounts-grid"))).isEmpty();
            browser.screenshot("leader-refused");

            // a mistyped address: the Chinese not-found page, not the browser's bare "access denied"
            browser.open("/office/nudges-typo");
            browser.waitFor(By.id("not-found"));
            assertThat(browser.driver.findElement(By.id("not-found")).getText()).contains("页面不存在");
        }
    }

    @Test
    void anAnonymousVisitorOfAMistypedAddressIsSentToTheLogin() {
        try (Browser browser = new Browser(port)) {
            browser.open("/no-such-page");
            browser.waitForUrlEnding("/login");
            assertThat(browser.driver.findElements(By.id("not-found"))).isEmpty();
        }
    }

    @Test
    void wrongPasswordGetsAClearChineseMessage() {
        try (Browser browser = new Browser(port)) {
            browser.login("shuili", "wrong-password");
            browser.waitForUrlEnding("/login?error");
            browser.waitFor(By.cssSelector("vaadin-login-form[error]"));
            String message = (String) ((JavascriptExecutor) browser.driver).executeScript(
                    "const f = document.querySelector('vaadin-login-form');"
                            + "return f.i18n.errorMessage.title + ' ' + f.i18n.errorMessage.message;");
            assertThat(message).contains("用户名或密码错误");
            browser.screenshot("login-error");
        }
    }
}
