package cn.gov.biyang.plan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.gov.biyang.plan.base.ChineseFormats;
import cn.gov.biyang.plan.monitoring.MatrixOverview;
import cn.gov.biyang.plan.monitoring.MatrixOverview.UnitCounts;
import cn.gov.biyang.plan.monitoring.MonitoringService;
import cn.gov.biyang.plan.organization.OrganizationService;
import cn.gov.biyang.plan.organization.Unit;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * On demo date 2020-02-05, with no demo activity, every topic report (due 2020-01-31) is overdue: the office's
 * progress monitor (进度监测) of phase 2 shows red units first, its chips lead to the items, the lazy grid reaches its
 * last unit, and one click nudges every red unit, whose liaison then sees it in the bell. Then the office records a
 * unit's responsible leader's mail address and has reminders copied to leaders; the outbox lists the leaders who
 * cannot be copied.
 *
 * <p>Same properties as NudgeJourneyIT, so Spring reuses one context (and database) for both: each test here puts
 * back what it changed, because NudgeJourneyIT expects 县水利局 never nudged before and counts its liaison's bell.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.embedded-db.data-dir=target/test-pg/${random.uuid}",
        "portal.embedded-db.clean=true",
        "portal.embedded-db.port=0",
        // a clean slate: the test makes its own data (the demo activity has DemoActivityTest)
        "portal.demo.activity=false",
        "portal.demo-date=2020-02-05",
        "portal.scheduling.enabled=false"})
class MonitorJourneyIT {

    private static final String PASSWORD = "portal-demo";
    private static final String SHUILI = "县水利局";

    @LocalServerPort
    int port;
    @Autowired
    MonitoringService monitoring;
    @Autowired
    OrganizationService organization;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    /** One rendered row of the monitor: its place in the grid, unit, counts, and its chips' colours and links. */
    record MonitorRow(int index, String unit, int red, int amber, int green, List<String> colours,
                      List<String> links) {
    }

    /**
     * The monitor's rows as rendered, in row order, read from the grid's shadow DOM (the light DOM does not keep row
     * order); rows the lazy grid has not filled yet (blank unit cell) are left out.
     */
    @SuppressWarnings("unchecked")
    private static List<MonitorRow> monitorRows(Browser browser) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) ((JavascriptExecutor) browser.driver)
                .executeScript("""
                        const grid = document.getElementById('monitor-grid');
                        if (!grid || !grid.shadowRoot) return [];
                        return [...grid.shadowRoot.querySelectorAll('#items tr')]
                            .filter(tr => !tr.hidden)
                            .sort((a, b) => a.index - b.index)
                            .map(tr => {
                                const cells = [...tr.querySelectorAll('td')]
                                    .map(td => td.querySelector('slot')?.assignedElements()[0]);
                                const text = i => cells[i] ? cells[i].textContent.trim() : '';
                                const chips = cells.slice(4).flatMap(c => c ? [...c.querySelectorAll('a[data-colour]')] : []);
                                return {index: tr.index, unit: text(0), red: text(1), amber: text(2), green: text(3),
                                        colours: chips.map(a => a.dataset.colour),
                                        links: chips.map(a => a.getAttribute('href'))};
                            })
                            .filter(row => row.unit !== '');""");
        return rows.stream().map(r -> new MonitorRow(((Number) r.get("index")).intValue(), (String) r.get("unit"),
                Integer.parseInt((String) r.get("red")), Integer.parseInt((String) r.get("amber")),
                Integer.parseInt((String) r.get("green")), (List<String>) r.get("colours"),
                (List<String>) r.get("links"))).toList();
    }

    private static Object js(Browser browser, String script, Object... args) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, args);
    }

    /** Scrolls the element into view and clicks it as a user would (long pages put buttons below the fold). */
    private static void realClick(Browser browser, WebElement element) {
        js(browser, "arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private static WebDriverWait waiting(Browser browser, String what) {
        return (WebDriverWait) new WebDriverWait(browser.driver, Duration.ofSeconds(30)).withMessage(what);
    }

    /** The monitor's summary line of an overview, as monitor.summary words it. */
    private static String summary(MatrixOverview o) {
        return "截至 " + ChineseFormats.date(o.today()) + "：" + o.units() + " 个牵头单位，红 " + o.red() + " 项、黄 "
                + o.amber() + " 项、绿 " + o.green() + " 项";
    }

    private static long maxId(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
    }

    @Test
    void officeSeesTheMonitorAndNudgesEveryRedUnit() {
        // what the page should show: the service's own overviews, read as the office reads them. The page opens on
        // phase 3 (phases 2 and 3 overlap in February; the later one is current), where nothing is due yet; the topic
        // reports are due in phase 2
        MatrixOverview opening;
        MatrixOverview expected;
        TestUsers.actAs(users, "office");
        try {
            opening = monitoring.overview(3);
            expected = monitoring.overview(2);
        } finally {
            TestUsers.signOut();
        }
        List<UnitCounts> units = expected.unitCounts();
        // the journey needs red units, and more units than the page shows at once: then the grid has a fixed height
        // and renders rows as it is scrolled (with 12 or fewer it shows all rows and nothing is lazy to the eye)
        assertThat(expected.red()).as("red deliverables on the demo date").isPositive();
        assertThat(units).as("units in phase 2").hasSizeGreaterThan(12);
        UnitCounts mostRed = units.stream().max(Comparator.comparingInt(UnitCounts::red)).orElseThrow();

        long nudgesBefore = maxId(jdbc, "nudge");
        long notificationsBefore = maxId(jdbc, "notification");
        long mailsBefore = maxId(jdbc, "mail_outbox");
        String sent;
        try {
            try (Browser office = new Browser(port)) {
                office.login("office", PASSWORD);
                office.waitFor(By.id("overview"));
                office.open("/office/monitor");

                // the summary states the service's counts, first of the current phase, then of the one picked
                office.waitForText(By.id("monitor-summary"), summary(opening));
                realClick(office, office.driver.findElement(By.id("monitor-phase")));
                realClick(office, office.waitFor(By.xpath("//vaadin-select-item[starts-with(normalize-space(.), '第二阶段')]")));
                office.waitForText(By.id("monitor-summary"), summary(expected));
                assertThat(office.driver.findElement(By.id("monitor-summary")).getText()).isEqualTo(summary(expected));

                // the grid has room for rows (a lazy grid is as tall as it is told, not as its rows: without a height
                // it gets the default 400px, or collapses inside a flex layout) and fills its first page
                List<MonitorRow> first = waiting(office, "the monitor's first rows with their chips").until(d -> {
                    List<MonitorRow> rows = monitorRows(office);
                    return rows.size() >= 5 && rows.stream().allMatch(r -> !r.colours().isEmpty()) ? rows : null;
                });
                Number gridHeight = (Number) js(office, "return document.getElementById('monitor-grid').offsetHeight");
                assertThat(gridHeight.intValue()).as("grid height in px").isGreaterThan(400);
                office.screenshot("office-monitor");

                // red units first, the most red at the top, in the service's order and with its counts
                assertThat(first.getFirst().index()).isZero();
                assertThat(first.getFirst().red()).isEqualTo(mostRed.red()).isPositive();
                for (MonitorRow row : first) {
                    UnitCounts counts = units.get(row.index());
                    assertThat(row.unit()).as("unit of row %d", row.index()).isEqualTo(counts.unitName());
                    assertThat(List.of(row.red(), row.amber(), row.green())).as("counts of %s", row.unit())
                            .containsExactly(counts.red(), counts.amber(), counts.green());
                    // one chip per deliverable, coloured as counted
                    assertThat(row.colours()).as("chips of %s", row.unit()).hasSize(counts.red() + counts.amber()
                            + counts.green());
                    assertThat(row.colours().stream().filter("RED"::equals).count()).isEqualTo(counts.red());
                    assertThat(row.colours().stream().filter("AMBER"::equals).count()).isEqualTo(counts.amber());
                }
                for (int i = 1; i < first.size(); i++) {
                    assertThat(first.get(i).red()).as("red count of row %d", i)
                            .isLessThanOrEqualTo(first.get(i - 1).red());
                }

                // a red chip leads to its item
                int red = first.getFirst().colours().indexOf("RED");
                String link = first.getFirst().links().get(red);
                assertThat(link).matches("(topics|plans)/\\d+");
                WebElement chip = office.driver.findElement(
                        By.cssSelector("#monitor-grid a[data-colour='RED'][href='" + link + "']"));
                String reference = chip.getText();
                realClick(office, chip);
                office.waitForUrlEnding("/" + link);
                office.waitForText(By.id("item-detail"), reference);

                // back on the monitor (browser back: the view is built anew, on the current phase again), scroll the
                // lazy grid of phase 2 to its end: the last unit's row is fetched and shown
                office.driver.navigate().back();
                office.waitForText(By.id("monitor-summary"), summary(opening));
                realClick(office, office.driver.findElement(By.id("monitor-phase")));
                realClick(office, office.waitFor(By.xpath("//vaadin-select-item[starts-with(normalize-space(.), '第二阶段')]")));
                office.waitForText(By.id("monitor-summary"), summary(expected));
                waiting(office, "the first page of rows").until(d -> !monitorRows(office).isEmpty());
                assertThat(((Number) js(office, "return document.getElementById('monitor-grid').size")).intValue())
                        .as("rows the grid knows of").isEqualTo(expected.units());
                js(office, "document.getElementById('monitor-grid').scrollToIndex(arguments[0])", units.size() - 1);
                MonitorRow last = waiting(office, "the last unit's row").until(d -> monitorRows(office).stream()
                        .filter(r -> r.index() == units.size() - 1).findFirst().orElse(null));
                UnitCounts lastUnit = units.getLast();
                assertThat(last.unit()).isEqualTo(lastUnit.unitName());
                assertThat(last.colours()).hasSize(lastUnit.red() + lastUnit.amber() + lastUnit.green());
                // the grid (75vh) ends below the fold under the heading and the rule: scroll the page to its end too
                js(office, "document.getElementById('monitor-grid').scrollIntoView({block: 'end'})");
                office.screenshot("office-monitor-end");

                // one click nudges every red unit, after a confirmation that says how many
                realClick(office, office.driver.findElement(By.id("nudge-red")));
                office.waitForText(By.cssSelector("vaadin-confirm-dialog"),
                        "向 " + expected.redUnitIds().size() + " 个有逾期事项的单位发出催办");
                office.screenshot("office-monitor-confirm");
                office.driver.findElement(By.cssSelector("vaadin-confirm-dialog [slot='confirm-button']")).click();
                office.waitForText(By.cssSelector("vaadin-notification-card"),
                        "已向 " + expected.redUnitIds().size() + " 个单位发出催办");
                sent = office.driver.findElement(By.cssSelector("vaadin-notification-card")).getText();
            }

            // each red unit got exactly one nudge, and no other unit did
            assertThat(jdbc.queryForList("select unit_id from nudge where id > ?", Long.class, nudgesBefore))
                    .containsExactlyInAnyOrderElementsOf(expected.redUnitIds());
            // and the mails the notification counts are in the outbox
            int mails = jdbc.queryForObject("select count(*) from mail_outbox where id > ? and kind = 'NUDGE'",
                    Integer.class, mailsBefore);
            assertThat(sent).contains("邮件 " + mails + " 封");

            // the liaison of the unit with most red sees it in the bell
            String code = jdbc.queryForObject("select code from unit where id = ?", String.class, mostRed.unitId());
            int unread = jdbc.queryForObject(
                    "select count(*) from notification where recipient = ? and read_at is null", Integer.class, code);
            assertThat(jdbc.queryForObject("select count(*) from notification where recipient = ? and id > ?",
                    Integer.class, code, notificationsBefore)).as("new notifications of %s", code).isEqualTo(1);
            try (Browser liaison = new Browser(port)) {
                liaison.login(code, PASSWORD);
                liaison.waitForUrlEnding("/my-tasks");
                assertThat(liaison.waitFor(By.id("bell-count")).getText()).isEqualTo(String.valueOf(unread));
                liaison.driver.findElement(By.id("bell")).click();
                liaison.waitForUrlEnding("/notifications");
                // the nudge lists all the unit's overdue items (one a line), whatever their phase
                int items = jdbc.queryForObject("select items from nudge where unit_id = ? and id > ?", String.class,
                        mostRed.unitId(), nudgesBefore).split("\n").length;
                assertThat(items).isGreaterThanOrEqualTo(mostRed.red());
                liaison.waitForText(By.id("notifications-grid"), mostRed.unitName() + "有 " + items + " 项事项逾期");
                liaison.screenshot("liaison-monitor-nudge");
            }
        } finally {
            // NudgeJourneyIT may run next on this database: it expects 县水利局's first nudge (提醒) and a bell of 1
            jdbc.update("delete from notification where id > ?", notificationsBefore);
            jdbc.update("delete from mail_outbox where id > ?", mailsBefore);
            jdbc.update("delete from nudge where id > ?", nudgesBefore);
        }
    }

    @Test
    void officeRecordsALeaderAddressAndCopiesRemindersToLeaders() {
        String emailBefore = jdbc.queryForObject("select leader_email from unit where name = ?", String.class, SHUILI);
        boolean copyBefore = jdbc.queryForObject("select copy_unit_leader from reminder_policy where id = 1",
                Boolean.class);
        assertThat(copyBefore).as("copies to leaders are off by default").isFalse();
        // where 县水利局 sits in the page's unit grid, to scroll it into the rendered rows
        int shuiliIndex = organization.allUnits().stream().map(Unit::getName).toList().indexOf(SHUILI);
        assertThat(shuiliIndex).isNotNegative();
        // before: 县水利局 records no leader, so it is among those a copy cannot reach (the page hides the list while
        // copies are off)
        assertThat(organization.leadersWithoutValidEmail()).extracting(OrganizationService.UnitLeader::unitName)
                .contains(SHUILI, "县发改委");
        try (Browser office = new Browser(port)) {
            office.login("office", PASSWORD);
            office.waitFor(By.id("overview"));

            // copies are off: the outbox has no list of leaders to fix
            office.open("/office/outbox");
            office.waitFor(By.id("without-email"));
            assertThat(office.driver.findElements(By.id("leaders-without-email"))).isEmpty();

            // 单位与领导小组: edit 县水利局
            office.open("/admin/organization");
            office.waitFor(By.id("units-admin-grid"));
            js(office, "document.getElementById('units-admin-grid').scrollToIndex(arguments[0])", shuiliIndex);
            WebElement edit = waiting(office, "the edit button of " + SHUILI).until(d -> (WebElement) js(office, """
                    const grid = document.getElementById('units-admin-grid');
                    const row = [...grid.shadowRoot.querySelectorAll('#items tr')].filter(tr => !tr.hidden)
                        .find(tr => tr.querySelector('slot')?.assignedElements()[0]?.textContent.trim() === arguments[0]);
                    if (!row) return null;
                    const cells = [...row.querySelectorAll('td')].map(td => td.querySelector('slot')?.assignedElements()[0]);
                    return cells[cells.length - 1]?.querySelector('vaadin-button');""", SHUILI));
            realClick(office, edit);
            WebElement email = office.waitFor(By.cssSelector("vaadin-email-field input"));
            assertThat(js(office, "return document.querySelector('vaadin-email-field').label"))
                    .isEqualTo("分管领导邮箱");

            // a mistyped address is refused with the reason, and nothing is saved
            email.sendKeys("wangjun.biyang.gov.cn", Keys.TAB);
            WebElement save = office.driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='保存']"));
            realClick(office, save);
            office.waitForText(By.cssSelector("vaadin-notification-card"), "分管领导邮箱");
            assertThat(office.driver.findElement(By.cssSelector("vaadin-notification-card")).getText())
                    .contains("wangjun.biyang.gov.cn", "格式不正确");
            office.screenshot("office-leader-email-refused");
            assertThat(jdbc.queryForObject("select leader_email from unit where name = ?", String.class, SHUILI))
                    .isEqualTo(emailBefore);

            // a valid one is saved (the dialog stays open after a refusal, with the address still typed)
            email.sendKeys(Keys.chord(Keys.CONTROL, "a"), "wangjun@biyang.gov.cn", Keys.TAB);
            realClick(office, save);
            waiting(office, "the dialog closes").until(d -> d.findElements(By.cssSelector("vaadin-email-field")).isEmpty());
            assertThat(jdbc.queryForObject("select leader_email from unit where name = ?", String.class, SHUILI))
                    .isEqualTo("wangjun@biyang.gov.cn");

            // 提醒设置: copy reminders to leaders
            office.open("/office/reminders");
            WebElement copy = office.waitFor(By.id("copy-unit-leader"));
            assertThat(js(office, "return arguments[0].checked", copy)).isEqualTo(false);
            // (the label toggles the box; the host's centre can fall on the helper text, which does not)
            realClick(office, copy.findElement(By.cssSelector("label")));
            waiting(office, "the box is ticked").until(d -> Boolean.TRUE.equals(js(office, "return arguments[0].checked", copy)));
            realClick(office, office.driver.findElement(By.id("save-policy")));
            office.waitForText(By.cssSelector("vaadin-notification-card"), "提醒设置已保存");
            office.screenshot("office-reminders-copy-leader");
            assertThat(jdbc.queryForObject("select copy_unit_leader from reminder_policy where id = 1", Boolean.class))
                    .isTrue();

            // 发件箱: leaders who cannot be copied, 县水利局's no longer among them
            office.open("/office/outbox");
            office.waitFor(By.id("without-email"));
            List<String> listed = office.gridRows("leaders-without-email").stream().map(List::getFirst).toList();
            assertThat(listed).doesNotContain(SHUILI).contains("县发改委");
            WebElement heading = (WebElement) js(office,
                    "return document.getElementById('leaders-without-email').previousElementSibling");
            assertThat(heading.getAttribute("textContent")).startsWith("未登记有效邮箱的单位分管领导");
            js(office, "arguments[0].scrollIntoView({block: 'start'})", heading);
            office.screenshot("office-outbox-leaders");
        } finally {
            // the database is shared with NudgeJourneyIT: put back the address and the policy
            jdbc.update("update unit set leader_email = ? where name = ?", emailBefore, SHUILI);
            jdbc.update("update reminder_policy set copy_unit_leader = ? where id = 1", copyBefore);
        }
    }
}
