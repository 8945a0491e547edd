package dev.kb.graphql.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, with every host but this machine unreachable: the pages must work
 * from their own assets alone. Without {@code chromium} and {@code chromium-driver} the calling
 * test is skipped with a message, except under CI (env {@code CI} set), where it fails.
 */
final class HeadlessChromium implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** Where the screenshots are kept, as build output. */
  static final Path SCREENSHOTS = Path.of("target/screenshots");

  final WebDriver driver;
  final WebDriverWait wait;
  private final String base;

  private HeadlessChromium(WebDriver driver, int port) {
    this.driver = driver;
    // A page re-renders while a wait's condition reads it: an element found a moment ago may be
    // gone (stale); the condition is then tried again, as when it is not found yet.
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    this.wait.ignoring(StaleElementReferenceException.class);
    this.base = "http://localhost:" + port;
  }

  static HeadlessChromium start(int port) {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && System.getenv("CI") != null) {
      throw new IllegalStateException(
          "CI needs Chromium: apt-get install -y chromium chromium-driver (.ci/run does this)");
    }
    assumeTrue(installed, "Chromium not installed: apt-get install -y chromium chromium-driver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,900",
        // Every outside host is unreachable: only this machine resolves.
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new HeadlessChromium(new ChromeDriver(service, options), port);
  }

  void open(String path) {
    driver.get(base + path);
  }

  /** A window the pages must fit: a projector's desktop, a small laptop, a phone. */
  enum Viewport {
    DESKTOP(1400, 900),
    LAPTOP(1024, 768),
    PHONE(390, 844);

    final int width;
    final int height;

    Viewport(int width, int height) {
      this.width = width;
      this.height = height;
    }

    /** A phone: the pages' narrow layout (below 700 px). */
    boolean narrow() {
      return width < 700;
    }

    /** How screenshots name it: {@code 390x844}. */
    @Override
    public String toString() {
      return width + "x" + height;
    }
  }

  /**
   * Opens the page in a window of exactly this size (the layout viewport, as a phone's when
   * narrow): the size is set before the page loads, as the pages choose their layout then.
   */
  void open(String path, Viewport viewport) {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of(
                "width",
                viewport.width,
                "height",
                viewport.height,
                "deviceScaleFactor",
                1,
                "mobile",
                viewport.narrow()));
    open(path);
  }

  Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Fails when the page is wider than the window (it would scroll sideways). */
  void assertNoHorizontalScroll() {
    @SuppressWarnings("unchecked")
    Map<String, Number> size =
        (Map<String, Number>)
            script(
                "return {scroll: document.scrollingElement.scrollWidth, inner: window.innerWidth};");
    assertThat(size.get("scroll").intValue())
        .as("page width (scrollWidth) within the window's %s px", size.get("inner"))
        .isLessThanOrEqualTo(size.get("inner").intValue());
  }

  /** Fails when the page scrolls at all: everything fits the window. */
  void assertNoPageScroll() {
    assertNoHorizontalScroll();
    @SuppressWarnings("unchecked")
    Map<String, Number> size =
        (Map<String, Number>)
            script(
                "return {scroll: document.scrollingElement.scrollHeight,"
                    + " inner: window.innerHeight};");
    assertThat(size.get("scroll").intValue())
        .as("page height (scrollHeight) within the window's %s px", size.get("inner"))
        .isLessThanOrEqualTo(size.get("inner").intValue());
  }

  /**
   * Fails unless the element has a size, lies wholly inside the window and is what a click at its
   * centre (its first line's, when it wraps) would reach: nothing covers it.
   */
  void assertInViewport(WebElement element, String what) {
    @SuppressWarnings("unchecked")
    Map<String, Object> box =
        (Map<String, Object>)
            script(
                "const el = arguments[0], r = el.getBoundingClientRect();"
                    // A link wrapped over two lines: its first line's centre is on its text.
                    + " const line = el.getClientRects()[0] || r;"
                    + " const hit = document.elementFromPoint((line.left + line.right) / 2,"
                    + " (line.top + line.bottom) / 2);"
                    + " return {left: r.left, top: r.top, right: r.right, bottom: r.bottom,"
                    + " width: window.innerWidth, height: window.innerHeight,"
                    + " reached: hit !== null && (el === hit || el.contains(hit))};",
                element);
    double left = ((Number) box.get("left")).doubleValue();
    double top = ((Number) box.get("top")).doubleValue();
    double right = ((Number) box.get("right")).doubleValue();
    double bottom = ((Number) box.get("bottom")).doubleValue();
    assertThat(right - left).as("%s: width", what).isPositive();
    assertThat(bottom - top).as("%s: height", what).isPositive();
    assertThat(left).as("%s: left edge %s", what, box).isGreaterThanOrEqualTo(-0.5);
    assertThat(top).as("%s: top edge %s", what, box).isGreaterThanOrEqualTo(-0.5);
    assertThat(right)
        .as("%s: right edge %s", what, box)
        .isLessThanOrEqualTo(((Number) box.get("width")).doubleValue() + 0.5);
    assertThat(bottom)
        .as("%s: bottom edge %s", what, box)
        .isLessThanOrEqualTo(((Number) box.get("height")).doubleValue() + 0.5);
    assertThat(box.get("reached")).as("%s: not covered %s", what, box).isEqualTo(true);
  }

  /** Fails unless the element lies between the window's left and right edges (it may be tall). */
  void assertWithinWidth(WebElement element, String what) {
    @SuppressWarnings("unchecked")
    Map<String, Number> box =
        (Map<String, Number>)
            script(
                "const r = arguments[0].getBoundingClientRect();"
                    + " return {left: r.left, right: r.right, width: window.innerWidth};",
                element);
    assertThat(box.get("left").doubleValue()).as("%s: left edge %s", what, box).isNotNegative();
    assertThat(box.get("right").doubleValue())
        .as("%s: right edge %s", what, box)
        .isLessThanOrEqualTo(box.get("width").doubleValue() + 0.5);
  }

  /** Fails unless every link and button of the top bar is wholly visible. */
  void assertTopBarVisible() {
    List<WebElement> items = driver.findElements(By.cssSelector(".kb-nav a, .kb-nav button"));
    assertThat(items).as("top bar links").hasSizeGreaterThanOrEqualTo(3);
    for (WebElement item : items) {
      assertInViewport(item, "top bar '" + item.getText() + "'");
    }
  }

  WebElement await(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  WebElement awaitClickable(By locator) {
    return wait.until(ExpectedConditions.elementToBeClickable(locator));
  }

  /** Saves a screenshot of the window as {@code target/screenshots/NAME.png}. */
  Path screenshot(String name) {
    try {
      Path file = Files.createDirectories(SCREENSHOTS).resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails when the page logged anything at SEVERE (console errors, failed loads). */
  void assertNoConsoleErrors() {
    List<LogEntry> severe =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .toList();
    assertThat(severe).as("console errors").isEmpty();
  }

  /**
   * Keeps the last page (screenshot, HTML and console) as {@code NAME-last.*} for a failure's
   * post-mortem, then quits.
   */
  void closeKeeping(String name) {
    try {
      screenshot(name + "-last");
      Files.writeString(SCREENSHOTS.resolve(name + "-last.html"), driver.getPageSource());
      Files.write(
          SCREENSHOTS.resolve(name + "-last-console.txt"),
          driver.manage().logs().get(LogType.BROWSER).getAll().stream()
              .map(LogEntry::toString)
              .toList());
    } catch (IOException | RuntimeException e) {
      // Only a diagnostic: the test's own outcome matters.
    } finally {
      close();
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
