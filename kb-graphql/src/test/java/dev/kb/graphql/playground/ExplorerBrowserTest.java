package dev.kb.graphql.playground;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.graphql.DemoAppTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The graph explorer in headless Chromium: a synonym search, a node expanded with the keyboard, an
 * edge's evidence opened with the mouse on the picture, ruled-out facts drawn distinctly, and on to
 * the case; filters, pin, hide and "show more"; and, at a desktop, a projector and a phone size,
 * the busiest concept and one expansion of it drawn with no two labels overlapping and none under
 * 12 px, the graph filling the window. On the sample case and the demo corpus, as a teacher first
 * sees them.
 */
@DemoAppTest
class ExplorerBrowserTest {

  /**
   * Every label drawn (from the page's {@code kbExplorer.labels()}, in CSS pixels): how many, the
   * smallest font, the pairs that overlap and the labels outside the graph's box.
   */
  private static final String LABEL_REPORT =
      """
      const labels = window.kbExplorer.labels();
      const overlaps = [];
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
          const a = labels[i], b = labels[j];
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps.push(a.text + ' / ' + b.text);
        }
      }
      const graph = document.getElementById('graph').getBoundingClientRect();
      return {
        count: labels.length,
        edgeLabels: labels.filter((l) => window.kbExplorer.cy.getElementById(l.id).isEdge()).length,
        minFontPx: Math.min(...labels.map((l) => l.fontPx)),
        overlaps,
        outside: labels.filter((l) => !l.inside).map((l) => l.text),
        pageScrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
        graphWidth: graph.width, graphBottom: graph.bottom,
        innerWidth: window.innerWidth, innerHeight: window.innerHeight
      };
      """;

  @LocalServerPort int port;
  HeadlessChromium browser;

  @BeforeEach
  void startBrowser() {
    browser = HeadlessChromium.start(port);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.closeKeeping("explorer");
    }
  }

  private static By node(String name) {
    return By.cssSelector("#outline button.node[data-name='" + name + "']");
  }

  private static By edge(String from, String to) {
    return By.cssSelector("#outline button.edge[data-from='" + from + "'][data-to='" + to + "']");
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser.driver).executeScript(script, args);
  }

  private WebElement present(By locator) {
    return browser.wait.until(ExpectedConditions.presenceOfElementLocated(locator));
  }

  /** Waits until no request or drawing is under way. */
  private void awaitIdle() {
    browser.wait.until(
        d ->
            Boolean.TRUE.equals(
                js(
                    "return document.body.dataset.ready === 'true'"
                        + " && document.body.dataset.busy === 'false'")));
  }

  /** Tabbing lands on an outline button, which then shows; Enter activates it. */
  private void pressEnterOn(WebElement button) {
    js("arguments[0].focus()", button);
    button.sendKeys(Keys.ENTER);
  }

  /** Selects (and, the first time, expands) a concept from the keyboard; its details show. */
  private void select(String name) {
    pressEnterOn(present(node(name)));
    browser.wait.until(
        d -> d.findElement(By.cssSelector(".details h2")).getText().startsWith(name));
    awaitIdle();
  }

  /** Clicks the drawn element (node or edge) with the mouse, at its place on the canvas. */
  private void clickOnCanvas(String key) {
    @SuppressWarnings("unchecked")
    Map<String, Number> at =
        (Map<String, Number>)
            js(
                """
                const el = window.kbExplorer.cy.getElementById(arguments[0]);
                const p = el.isEdge() ? el.renderedMidpoint() : el.renderedPosition();
                const box = document.getElementById('graph').getBoundingClientRect();
                return {x: Math.round(box.left + p.x), y: Math.round(box.top + p.y)};
                """,
                key);
    new Actions(browser.driver)
        .moveToLocation(at.get("x").intValue(), at.get("y").intValue())
        .click()
        .perform();
  }

  private void viewport(int width, int height) {
    ((ChromiumDriver) browser.driver)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> labels() {
    return (Map<String, Object>) js(LABEL_REPORT);
  }

  private void assertReadable(Map<String, Object> labels, String what) {
    assertThat((List<?>) labels.get("overlaps")).as("overlapping labels, " + what).isEmpty();
    assertThat(((Number) labels.get("minFontPx")).doubleValue())
        .as("smallest label in px, " + what)
        .isGreaterThanOrEqualTo(12.0);
  }

  @Test
  void shouldSearchBySynonymExpandAndShowTheEvidence() {
    browser.open("/explorer");
    WebElement search = browser.awaitClickable(By.id("search"));
    search.sendKeys("twitching", Keys.ENTER);

    // "twitching" is a synonym of Fasciculations: its neighbourhood is drawn.
    present(node("Fasciculations"));
    assertThat(browser.driver.findElement(By.cssSelector("button.result")).getText())
        .contains("Fasciculations");
    WebElement diagnosis = present(node("Cramp-fasciculation syndrome"));
    assertThat(diagnosis.getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(diagnosis.getTagName()).as("reachable with Tab").isEqualTo("button");
    awaitIdle();
    browser.screenshot("explorer-search");

    // Expand the diagnosis with the keyboard: its drug and the ruled-out symptoms appear.
    pressEnterOn(diagnosis);
    present(node("Carbamazepine"));
    browser.wait.until(
        d ->
            "true"
                .equals(
                    d.findElement(node("Cramp-fasciculation syndrome"))
                        .getAttribute("aria-expanded")));
    awaitIdle();
    WebElement ruledOut = present(edge("Cramp-fasciculation syndrome", "Skeletal muscle atrophy"));
    assertThat(ruledOut.getAttribute("class")).contains("ruled-out");
    assertThat(ruledOut.getAttribute("aria-label")).contains("ruled out");
    String lineStyle =
        "return window.kbExplorer.cy.getElementById(arguments[0]).style('line-style')";
    assertThat(js(lineStyle, ruledOut.getAttribute("data-key")))
        .as("ruled-out edges are dashed")
        .isEqualTo("dashed");
    String reported =
        browser
            .driver
            .findElement(edge("Cramp-fasciculation syndrome", "Fasciculations"))
            .getAttribute("data-key");
    assertThat(js(lineStyle, reported)).isEqualTo("solid");
    assertReadable(labels(), "sample case expanded");
    browser.screenshot("explorer-expanded");

    // Zoom in on the selected concept for the back of the room, and back.
    double fitted = ((Number) js("return window.kbExplorer.cy.zoom()")).doubleValue();
    browser.awaitClickable(By.id("zoom-in")).click();
    browser.wait.until(
        d -> ((Number) js("return window.kbExplorer.cy.zoom()")).doubleValue() > fitted * 1.2);
    browser.screenshot("explorer-zoomed");
    browser.awaitClickable(By.id("zoom-fit")).click();
    browser.wait.until(
        d ->
            Math.abs(((Number) js("return window.kbExplorer.cy.zoom()")).doubleValue() - fitted)
                < 0.01);

    // Click an edge on the picture: the sentences behind it, with the matched words highlighted.
    clickOnCanvas(
        browser
            .driver
            .findElement(edge("Carbamazepine", "Cramp-fasciculation syndrome"))
            .getAttribute("data-key"));
    browser.await(By.cssSelector(".evidence mark"));
    assertThat(browser.driver.findElements(By.cssSelector(".evidence mark")))
        .extracting(WebElement::getText)
        .contains("carbamazepine", "benign crampi fasciculation syndrome");
    browser.screenshot("explorer-evidence");

    // The ruled-out edge, opened from the keyboard: the negated words are marked as such.
    pressEnterOn(
        browser.driver.findElement(
            edge("Cramp-fasciculation syndrome", "Skeletal muscle atrophy")));
    WebElement negated = browser.await(By.cssSelector(".evidence mark.NEGATED"));
    assertThat(negated.getText()).isEqualTo("muscle wasting");
    assertThat(negated.getCssValue("text-decoration-line")).contains("line-through");
    browser.screenshot("explorer-ruled-out");

    // The evidence links to the case, where the words are emphasised.
    browser.awaitClickable(By.cssSelector(".evidence a.case-link")).click();
    WebElement emphasised = browser.await(By.cssSelector(".case-text mark.emphasis"));
    assertThat(browser.driver.findElements(By.cssSelector(".case-text mark.emphasis")))
        .extracting(WebElement::getText)
        .contains("muscle wasting");
    assertThat(emphasised.isDisplayed()).isTrue();
    browser.assertNoConsoleErrors();
  }

  @Test
  void shouldShowTheStrongestNeighboursFirstAndFilterPinAndHide() {
    // On a phone few neighbours are drawn at first; "show more" adds the next strongest.
    viewport(390, 844);
    browser.open("/explorer?kind=DIAGNOSIS&id=MONDO:0035586");
    present(node("Cramp-fasciculation syndrome"));
    awaitIdle();
    int first = browser.driver.findElements(By.cssSelector("#outline button.node")).size();
    WebElement showMore = browser.awaitClickable(By.cssSelector(".details button.show-more"));
    assertThat(showMore.getText()).contains("hidden");
    showMore.click();
    browser.wait.until(d -> d.findElements(By.cssSelector("#outline button.node")).size() > first);
    awaitIdle();
    assertReadable(labels(), "after show more at 390x844");
    browser.screenshot("explorer-show-more-390x844");

    viewport(1400, 900);
    js("window.kbExplorer.cy.resize()");
    // Drugs filtered out, the drug goes; pinned, it stays.
    pressEnterOn(present(node("Carbamazepine")));
    browser.wait.until(
        d -> "true".equals(d.findElement(node("Carbamazepine")).getAttribute("aria-expanded")));
    awaitIdle();
    js("document.getElementById('filters').open = true");
    By drugs = By.cssSelector("#filter-form input[value='DRUG']");
    browser.awaitClickable(drugs).click();
    awaitIdle();
    assertThat(browser.driver.findElements(node("Carbamazepine"))).as("filtered out").isEmpty();
    browser.awaitClickable(drugs).click();
    awaitIdle();
    select("Carbamazepine");
    browser.awaitClickable(By.cssSelector(".details button.pin")).click();
    awaitIdle();
    assertThat(present(node("Carbamazepine")).getAttribute("aria-label")).contains("pinned");
    browser.awaitClickable(drugs).click();
    awaitIdle();
    assertThat(browser.driver.findElements(node("Carbamazepine"))).as("pinned").hasSize(1);
    browser.awaitClickable(By.cssSelector("#filter-form input[value='SYMPTOM']")).click();
    awaitIdle();
    assertThat(browser.driver.findElements(node("Skeletal muscle atrophy")))
        .as("symptoms filtered out")
        .isEmpty();
    browser.awaitClickable(By.cssSelector("#filter-form input[value='SYMPTOM']")).click();
    awaitIdle();
    select("Skeletal muscle atrophy");
    browser.awaitClickable(By.cssSelector(".details button.hide")).click();
    awaitIdle();
    assertThat(browser.driver.findElements(node("Skeletal muscle atrophy"))).isEmpty();
    browser.screenshot("explorer-filtered");
    browser.awaitClickable(By.cssSelector(".hidden-list button.unhide")).click();
    present(node("Skeletal muscle atrophy"));
    awaitIdle();
    assertReadable(labels(), "filtered at 1400x900");
    browser.assertNoConsoleErrors();
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"1400, 900", "1024, 768", "390, 844"})
  void shouldKeepTheBusiestConceptReadable(int width, int height) {
    viewport(width, height);
    browser.open("/explorer");
    awaitIdle();
    // The busiest concept: of the 20 most cases mention, the one with the most edges, asked of
    // the public API as the page would.
    @SuppressWarnings("unchecked")
    Map<String, Object> busiest =
        (Map<String, Object>)
            ((JavascriptExecutor) browser.driver)
                .executeAsyncScript(
                    """
                    const done = arguments[arguments.length - 1];
                    const query = `{ concepts(orderBy: {field: CASES, direction: DESC}, first: 20) {
                      nodes { kind id name caseCount edges(first: 1) { totalCount } } } }`;
                    fetch('/graphql', {method: 'POST', headers: {'Content-Type': 'application/json'},
                      body: JSON.stringify({query})})
                      .then((r) => r.json())
                      .then((b) => done(b.data.concepts.nodes.reduce((best, c) =>
                        c.edges.totalCount > best.edges.totalCount ? c : best)));
                    """);
    browser.open("/explorer?kind=" + busiest.get("kind") + "&id=" + busiest.get("id"));
    present(node((String) busiest.get("name")));
    awaitIdle();
    String size = width + "x" + height;
    browser.screenshot("explorer-busiest-" + size);

    Map<String, Object> labels = labels();
    assertThat(((Number) labels.get("count")).intValue()).isGreaterThan(1);
    assertReadable(labels, busiest.get("name") + " at " + size);
    assertThat((List<?>) labels.get("outside")).as("labels outside the graph at " + size).isEmpty();
    assertThat(((Number) labels.get("graphWidth")).doubleValue())
        .as("the graph takes most of the width")
        .isGreaterThan(0.6 * width);
    if (width >= 1024) {
      assertThat(labels.get("pageScrolls")).as("no page scroll at " + size).isEqualTo(false);
      assertThat(((Number) labels.get("graphBottom")).doubleValue())
          .as("the graph reaches the bottom of the window")
          .isGreaterThan(height - 40);
    }

    // One click: its strongest neighbour expanded, still readable.
    WebElement neighbour = present(By.cssSelector("#outline button.node[aria-expanded='false']"));
    String name = neighbour.getAttribute("data-name");
    pressEnterOn(neighbour);
    browser.wait.until(d -> "true".equals(d.findElement(node(name)).getAttribute("aria-expanded")));
    awaitIdle();
    browser.screenshot("explorer-busiest-expanded-" + size);
    Map<String, Object> expanded = labels();
    assertReadable(expanded, busiest.get("name") + " and " + name + " at " + size);
    System.out.printf(
        "explorer at %s: %s (%s cases, %s edges): %s labels (%s on edges), smallest %.1f px, %d overlaps;"
            + " with %s expanded: %s labels, smallest %.1f px, %d overlaps%n",
        size,
        busiest.get("name"),
        busiest.get("caseCount"),
        ((Map<?, ?>) busiest.get("edges")).get("totalCount"),
        labels.get("count"),
        labels.get("edgeLabels"),
        ((Number) labels.get("minFontPx")).doubleValue(),
        ((List<?>) labels.get("overlaps")).size(),
        name,
        expanded.get("count"),
        ((Number) expanded.get("minFontPx")).doubleValue(),
        ((List<?>) expanded.get("overlaps")).size());
    browser.assertNoConsoleErrors();
  }
}
