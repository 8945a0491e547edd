package dev.kb.graphql.playground;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.graphql.KbAppTest;
import dev.kb.graphql.playground.HeadlessChromium.Viewport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case list and the highlighted case view in headless Chromium, and their layout on a desktop,
 * a small laptop and a phone.
 */
@KbAppTest
class CaseViewBrowserTest {

  @LocalServerPort int port;
  HeadlessChromium browser;

  @BeforeEach
  void startBrowser() {
    browser = HeadlessChromium.start(port);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.closeKeeping("case");
    }
  }

  @Test
  void shouldHighlightEveryEntityByKindWithItsContext() {
    browser.open("/cases");
    WebElement link = browser.awaitClickable(By.linkText("The muscle twitches badly"));
    browser.screenshot("cases");
    link.click();
    browser.await(By.cssSelector(".case-text mark.ent"));
    browser.screenshot("case-view");

    assertThat(browser.driver.findElements(By.cssSelector(".case-text mark.ent")))
        .as("entities highlighted in the text")
        .hasSizeGreaterThanOrEqualTo(20);
    // The sample's drowsiness and dizziness are weak links of the drug (the classifier is unsure
    // of "the drug"), so they are highlighted as the symptoms they are.
    for (String kind : new String[] {"SYMPTOM", "INVESTIGATION", "DIAGNOSIS", "DRUG"}) {
      assertThat(browser.driver.findElements(By.cssSelector(".case-text mark.ent." + kind)))
          .as(kind)
          .isNotEmpty();
    }
    assertThat(browser.driver.findElements(By.cssSelector(".legend button.kind-toggle")))
        .hasSize(5);
    assertThat(browser.driver.findElement(By.cssSelector(".facts-panel")).getText())
        .contains("Fasciculations", "Carbamazepine", "Skeletal muscle atrophy", "ruled out");

    // Hover a negated entity: the tooltip names the concept, its code and its context.
    WebElement wasting =
        browser.driver.findElements(By.cssSelector(".case-text mark.ent.NEGATED")).stream()
            .filter(m -> m.getText().equals("muscle wasting"))
            .findFirst()
            .orElseThrow();
    assertThat(wasting.getCssValue("text-decoration-line")).contains("line-through");
    new Actions(browser.driver).moveToElement(wasting).perform();
    WebElement tip = browser.await(By.id("tip"));
    assertThat(tip.getText()).contains("Skeletal muscle atrophy", "HP:0003202", "negated");
    browser.screenshot("case");

    // The uncertain diagnosis, from the list beside the text: its mention gets the focus and the
    // same tooltip.
    browser
        .awaitClickable(
            By.cssSelector(".facts-panel button.fact[data-concept='Cramp-fasciculation syndrome']"))
        .click();
    browser.wait.until(d -> d.findElement(By.id("tip")).getText().contains("MONDO:0035586"));
    assertThat(browser.driver.findElement(By.id("tip")).getText()).contains("uncertain");
    assertThat(browser.driver.switchTo().activeElement().getAttribute("class"))
        .contains("DIAGNOSIS", "POSSIBLE");
    browser.screenshot("case-uncertain");

    // Hiding a kind from the legend hides its group beside the text.
    browser.awaitClickable(By.cssSelector(".legend button[data-kind='INVESTIGATION']")).click();
    assertThat(
            browser
                .driver
                .findElement(By.cssSelector(".legend button[data-kind='INVESTIGATION']"))
                .getAttribute("aria-pressed"))
        .isEqualTo("false");
    assertThat(
            browser
                .driver
                .findElement(By.cssSelector(".fact-group[data-kind='INVESTIGATION']"))
                .isDisplayed())
        .isFalse();
    browser.assertNoConsoleErrors();
  }

  @ParameterizedTest
  @EnumSource(Viewport.class)
  void shouldFitTheWindow(Viewport viewport) {
    browser.open("/cases", viewport);
    WebElement link = browser.awaitClickable(By.cssSelector(".case-list a"));
    browser.assertTopBarVisible();
    browser.assertInViewport(link, "the first case");
    browser.assertNoHorizontalScroll();
    browser.screenshot("cases-" + viewport);

    link.click();
    WebElement mention = browser.awaitClickable(By.cssSelector(".case-text mark.ent"));
    browser.assertTopBarVisible();
    browser.assertNoHorizontalScroll();
    for (String part : new String[] {"#title", ".legend", ".case-text", ".facts-panel"}) {
      browser.assertWithinWidth(browser.driver.findElement(By.cssSelector(part)), part);
    }
    browser.assertInViewport(browser.driver.findElement(By.id("title")), "the case's title");
    // A mention's tooltip stays inside the window.
    browser.script("arguments[0].focus();", mention);
    WebElement tip = browser.await(By.id("tip"));
    browser.assertWithinWidth(tip, "the tooltip");
    browser.assertNoHorizontalScroll();
    browser.screenshot("case-view-" + viewport);
    browser.assertNoConsoleErrors();
  }
}
