package dev.kb.graphql.playground;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.graphql.KbAppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GraphiQL offline in headless Chromium: lesson tabs, a lesson run, docs and history. */
@KbAppTest
class GraphiqlBrowserTest {

  @LocalServerPort int port;
  HeadlessChromium browser;

  @BeforeEach
  void startBrowser() {
    browser = HeadlessChromium.start(port);
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.closeKeeping("graphiql");
    }
  }

  @Test
  void shouldOpenWithTheLessonsAsTabsAndRunThem() {
    browser.open("/graphiql");
    browser.awaitClickable(By.cssSelector(".graphiql-execute-button")).click();
    browser.wait.until(
        d ->
            d.findElement(By.cssSelector(".graphiql-response"))
                .getText()
                .contains("\"totalCount\""));
    String response = browser.driver.findElement(By.cssSelector(".graphiql-response")).getText();
    // The response pane renders only its visible lines: check the top of the answer.
    assertThat(response).contains("\"cases\"", "\"edges\"").doesNotContain("\"errors\"");

    assertThat(browser.driver.findElements(By.cssSelector(".graphiql-tab")))
        .as("one tab per lesson")
        .hasSizeGreaterThanOrEqualTo(8);
    assertThat(browser.driver.findElements(By.cssSelector("button.kb-lesson")))
        .as("the lessons panel")
        .hasSizeGreaterThanOrEqualTo(8);
    browser.screenshot("graphiql");

    browser
        .awaitClickable(By.cssSelector("button.kb-lesson[data-lesson='04-search-by-synonym']"))
        .click();
    browser.wait.until(
        d ->
            d.findElement(By.cssSelector(".graphiql-query-editor"))
                .getText()
                .contains("SearchBySynonym"));
    browser.awaitClickable(By.cssSelector(".graphiql-execute-button")).click();
    browser.wait.until(
        d ->
            d.findElement(By.cssSelector(".graphiql-response"))
                .getText()
                .contains("Fasciculations"));
    assertThat(browser.driver.findElement(By.cssSelector(".graphiql-response")).getText())
        .contains("\"SYNONYM\"")
        .doesNotContain("\"errors\"");
    browser.screenshot("graphiql-lesson");

    // A lesson whose tab was closed opens again in a new tab.
    int tabs = browser.driver.findElements(By.cssSelector(".graphiql-tab")).size();
    browser
        .awaitClickable(By.cssSelector(".graphiql-tab-active button[aria-label='Close Tab']"))
        .click();
    browser.wait.until(d -> d.findElements(By.cssSelector(".graphiql-tab")).size() == tabs - 1);
    browser
        .awaitClickable(By.cssSelector("button.kb-lesson[data-lesson='04-search-by-synonym']"))
        .click();
    browser.wait.until(d -> d.findElements(By.cssSelector(".graphiql-tab")).size() == tabs);
    browser.wait.until(
        d ->
            d.findElement(By.cssSelector(".graphiql-query-editor"))
                .getText()
                .contains("SearchBySynonym"));

    browser
        .awaitClickable(By.cssSelector("button[aria-label='Show Documentation Explorer']"))
        .click();
    browser.wait.until(
        d -> d.findElement(By.cssSelector(".graphiql-doc-explorer")).getText().contains("Query"));
    browser.awaitClickable(By.cssSelector("button[aria-label='Show History']")).click();
    browser.await(By.cssSelector(".graphiql-history"));
    browser.screenshot("graphiql-history");
    browser.assertNoConsoleErrors();
  }
}
