package dev.kb.graphql.playground;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.graphql.KbAppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The case list and the highlighted case view in headless Chromium. */
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
}
