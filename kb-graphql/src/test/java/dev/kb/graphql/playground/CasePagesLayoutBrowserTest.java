package dev.kb.graphql.playground;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.graphql.DemoAppTest;
import dev.kb.graphql.playground.HeadlessChromium.Viewport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case list and a case view on a desktop, a small laptop and a phone, with the cases a teacher
 * first sees (the sample and the demo corpus, with their long readable names): nothing wider than
 * the window, the top bar whole, every case reachable from the list.
 */
@DemoAppTest
class CasePagesLayoutBrowserTest {

  private static final By CASE_LINKS = By.cssSelector(".case-list a");

  @LocalServerPort int port;
  HeadlessChromium browser;

  @BeforeEach
  void startBrowser() {
    browser = HeadlessChromium.start(port);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.closeKeeping("case-layout");
    }
  }

  @ParameterizedTest
  @EnumSource(Viewport.class)
  void shouldFitTheWindow(Viewport viewport) {
    browser.open("/cases", viewport);
    WebElement first = browser.awaitClickable(CASE_LINKS);
    browser.assertTopBarVisible();
    browser.assertInViewport(first, "the first case");
    browser.assertNoHorizontalScroll();
    browser.screenshot("cases-" + viewport);

    // A page at a time: "More cases" until every case is listed.
    int shown = browser.driver.findElements(CASE_LINKS).size();
    assertThat(shown).isEqualTo(50);
    while (browser.driver.findElement(By.cssSelector(".more-cases")).isDisplayed()) {
      browser.awaitClickable(By.cssSelector(".more-cases")).click();
      int before = shown;
      browser.wait.until(d -> d.findElements(CASE_LINKS).size() > before);
      shown = browser.driver.findElements(CASE_LINKS).size();
    }
    assertThat(shown).as("the sample and the 100 demo cases").isEqualTo(101);
    assertThat(browser.driver.findElement(By.id("status")).getText()).isEqualTo("101 cases.");
    browser.assertNoHorizontalScroll();

    // The demo case whose name is the longest, viewed.
    WebElement longest =
        browser.driver.findElements(CASE_LINKS).stream()
            .max((a, b) -> Integer.compare(a.getText().length(), b.getText().length()))
            .orElseThrow();
    String name = longest.getText();
    browser.open(longest.getAttribute("pathname"));
    WebElement mention = browser.awaitClickable(By.cssSelector(".case-text mark.ent"));
    assertThat(browser.driver.findElement(By.id("title")).getText()).isEqualTo(name);
    browser.assertTopBarVisible();
    browser.assertNoHorizontalScroll();
    for (String part : new String[] {"#title", ".legend", ".case-text", ".facts-panel"}) {
      browser.assertWithinWidth(browser.driver.findElement(By.cssSelector(part)), part);
    }
    // A mention's tooltip stays inside the window.
    browser.script("arguments[0].focus();", mention);
    browser.assertWithinWidth(browser.await(By.id("tip")), "the tooltip");
    browser.assertNoHorizontalScroll();
    browser.screenshot("case-view-" + viewport);
    browser.assertNoConsoleErrors();
  }
}
