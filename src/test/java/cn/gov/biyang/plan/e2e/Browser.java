package cn.gov.biyang.plan.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Selenium. Uses the machine's /usr/bin/chromium and /usr/bin/chromedriver when present
 * (so nothing is downloaded), otherwise Selenium Manager finds a browser.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final WebDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;
    private final Path downloads;

    Browser(int port) {
        this(port, null);
    }

    /** A browser that saves downloads into {@code downloads} without asking (null: downloads are not needed). */
    Browser(int port, Path downloads) {
        this.downloads = downloads;
        ChromeOptions options = new ChromeOptions();
        if (downloads != null) {
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false,
                    // a PDF is saved like any other download instead of opening in the viewer
                    "plugins.always_open_pdf_externally", true));
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--lang=zh-CN");
        if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            options.setBinary("/usr/bin/chromium");
        }
        if (Files.isExecutable(Path.of("/usr/bin/chromedriver"))) {
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
            driver = new ChromeDriver(service, options);
        } else {
            driver = new ChromeDriver(options);
        }
        baseUrl = "http://localhost:" + port;
        wait = new WebDriverWait(driver, Duration.ofSeconds(40));
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    void login(String username, String password) {
        open("/login");
        WebElement user = waitFor(By.cssSelector("vaadin-text-field[name='username'] input"));
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("vaadin-password-field[name='password'] input"));
        pass.sendKeys(password);
        pass.sendKeys(Keys.ENTER);
    }

    WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitForUrlEnding(String suffix) {
        wait.until(d -> d.getCurrentUrl().endsWith(suffix));
    }

    void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    List<String> texts(By by) {
        return driver.findElements(by).stream().map(e -> e.getText().strip()).toList();
    }

    /**
     * The body rows of the vaadin-grid with this id as rendered, each as its cells' texts in column order; waits until
     * there is at least one. Reads the grid's shadow DOM because the cell contents in the light DOM are not kept in
     * row order.
     */
    List<List<String>> gridRows(String gridId) {
        return wait.until(d -> {
            List<List<String>> rows = gridRowsNow(gridId);
            return rows.isEmpty() ? null : rows;
        });
    }

    /** Like {@link #gridRows} but without waiting: empty when the grid shows no rows (yet). */
    @SuppressWarnings("unchecked")
    List<List<String>> gridRowsNow(String gridId) {
        Object rows = ((JavascriptExecutor) driver).executeScript("""
                const grid = document.getElementById(arguments[0]);
                if (!grid || !grid.shadowRoot) return [];
                return [...grid.shadowRoot.querySelectorAll('#items tr')]
                    .filter(tr => !tr.hidden)
                    .sort((a, b) => a.index - b.index)
                    .map(tr => [...tr.querySelectorAll('td')].map(td => {
                        const content = td.querySelector('slot')?.assignedElements()[0];
                        return content ? content.textContent.trim() : '';
                    }))
                    .filter(cells => cells.some(text => text !== ''));""", gridId);
        return rows == null ? List.of() : (List<List<String>>) rows;
    }

    /**
     * Waits until a finished download whose name ends with {@code suffix} is in the download directory: Chromium
     * writes into a .crdownload file and renames it when complete, so a file with the final name is whole.
     */
    Path waitForDownload(String suffix) {
        if (downloads == null) {
            throw new IllegalStateException("this browser was opened without a download directory");
        }
        return new WebDriverWait(driver, Duration.ofSeconds(40))
                .withMessage("a downloaded *" + suffix + " in " + downloads).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
