package dev.kb.graphql.playground;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.graphql.KbAppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The graph explorer in headless Chromium: a synonym search, a node expanded with the keyboard, an
 * edge's evidence opened with the mouse, ruled-out facts drawn distinctly, and on to the case.
 */
@KbAppTest
class ExplorerBrowserTest {

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
    return By.cssSelector(".node[data-name='" + name + "']");
  }

  private static By edge(String from, String to) {
    return By.cssSelector(".edge[data-from='" + from + "'][data-to='" + to + "']");
  }

  @Test
  void shouldSearchBySynonymExpandAndShowTheEvidence() {
    browser.open("/explorer");
    WebElement search = browser.awaitClickable(By.id("search"));
    search.sendKeys("twitching", Keys.ENTER);

    // "twitching" is a synonym of Fasciculations: its neighbourhood is drawn.
    browser.await(node("Fasciculations"));
    assertThat(browser.driver.findElement(By.cssSelector("button.result")).getText())
        .contains("Fasciculations");
    WebElement diagnosis = browser.await(node("Cramp-fasciculation syndrome"));
    assertThat(diagnosis.getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(diagnosis.getAttribute("tabindex")).isEqualTo("0");
    browser.screenshot("explorer-search");

    // Expand the diagnosis with the keyboard: its drug and the ruled-out symptoms appear.
    diagnosis.sendKeys(Keys.ENTER);
    browser.await(node("Carbamazepine"));
    browser.wait.until(
        d ->
            "true"
                .equals(
                    d.findElement(node("Cramp-fasciculation syndrome"))
                        .getAttribute("aria-expanded")));
    WebElement ruledOut =
        browser.await(edge("Cramp-fasciculation syndrome", "Skeletal muscle atrophy"));
    assertThat(ruledOut.getAttribute("class")).contains("ruled-out");
    assertThat(ruledOut.getAttribute("aria-label")).contains("ruled out");
    assertThat(ruledOut.findElement(By.cssSelector(".line")).getCssValue("stroke-dasharray"))
        .as("ruled-out edges are dashed")
        .isNotEqualTo("none");
    assertThat(
            browser
                .driver
                .findElement(edge("Cramp-fasciculation syndrome", "Fasciculations"))
                .findElement(By.cssSelector(".line"))
                .getCssValue("stroke-dasharray"))
        .isEqualTo("none");
    browser.screenshot("explorer-expanded");

    // Zoom in on the selected concept for the back of the room, and back.
    String fitted = browser.driver.findElement(By.id("graph")).getDomAttribute("viewBox");
    browser.awaitClickable(By.id("zoom-in")).click();
    browser.wait.until(
        d -> !fitted.equals(d.findElement(By.id("graph")).getDomAttribute("viewBox")));
    browser.screenshot("explorer-zoomed");
    browser.awaitClickable(By.id("zoom-fit")).click();
    browser.wait.until(
        d -> fitted.equals(d.findElement(By.id("graph")).getDomAttribute("viewBox")));

    // Click an edge: the sentences behind it, with the matched words highlighted.
    browser.driver.findElement(edge("Carbamazepine", "Cramp-fasciculation syndrome")).click();
    browser.await(By.cssSelector(".evidence mark"));
    assertThat(browser.driver.findElements(By.cssSelector(".evidence mark")))
        .extracting(WebElement::getText)
        .contains("carbamazepine", "benign crampi fasciculation syndrome");
    browser.screenshot("explorer-evidence");

    // The ruled-out edge, opened from the keyboard: the negated words are marked as such.
    browser
        .driver
        .findElement(edge("Cramp-fasciculation syndrome", "Skeletal muscle atrophy"))
        .sendKeys(Keys.ENTER);
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
}
