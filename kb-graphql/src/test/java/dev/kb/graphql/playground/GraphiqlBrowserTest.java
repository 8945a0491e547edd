package dev.kb.graphql.playground;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.graphql.DemoAppTest;
import dev.kb.graphql.playground.HeadlessChromium.Viewport;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * GraphiQL offline in headless Chromium: lesson tabs, a lesson run, docs and history; the layout on
 * a desktop, a small laptop and a phone; building a query by ticking fields.
 */
@DemoAppTest
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
        d -> d.findElement(By.cssSelector(".graphiql-response")).getText().contains("Dyspnea"));
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

  private static final By RUN = By.cssSelector(".graphiql-execute-button");
  private static final By RESPONSE = By.cssSelector(".graphiql-response");
  private static final By QUERY_EDITOR = By.cssSelector(".graphiql-query-editor");

  @ParameterizedTest
  @EnumSource(Viewport.class)
  void shouldFitTheWindowAndRunALesson(Viewport viewport) {
    browser.open("/graphiql", viewport);
    WebElement hint = browser.await(By.cssSelector(".kb-run-hint"));
    assertThat(hint.getText()).isEqualTo("Press ▶ or Ctrl-Enter to run this lesson.");
    browser.assertInViewport(hint, "the empty result's hint");
    browser.assertInViewport(browser.awaitClickable(RUN), "the run button");
    browser.assertTopBarVisible();
    assertThat(browser.driver.findElement(By.linkText("Download schema")).getAttribute("href"))
        .endsWith("/graphql/schema");
    browser.assertNoPageScroll();
    assertCommentsWrap();
    browser.screenshot("graphiql-" + viewport);

    if (viewport.narrow()) {
      // A select of the tabs instead of the tab strip; the lessons panel starts closed.
      WebElement picker = browser.await(By.cssSelector(".kb-tab-picker select"));
      browser.assertInViewport(picker, "the tab picker");
      List<WebElement> options = new Select(picker).getOptions();
      assertThat(options).as("one option per lesson tab").hasSizeGreaterThanOrEqualTo(8);
      assertThat(new Select(picker).getFirstSelectedOption().getText()).startsWith("1. ");
      assertThat(browser.driver.findElements(By.cssSelector(".graphiql-tab")))
          .noneMatch(WebElement::isDisplayed);
      assertThat(browser.driver.findElements(By.cssSelector(".kb-lessons"))).isEmpty();
      WebElement show = browser.awaitClickable(By.cssSelector("button[aria-label='Show Lessons']"));
      browser.assertInViewport(show, "the lessons button");
      show.click();
      browser.await(By.cssSelector(".kb-lessons"));
      browser.screenshot("graphiql-lessons-" + viewport);
    } else {
      // Tabs keep readable names, in full as their tooltip; the lessons panel is open.
      assertThat(browser.driver.findElement(By.cssSelector(".kb-tab-picker")).isDisplayed())
          .isFalse();
      for (WebElement tab : browser.driver.findElements(By.cssSelector(".graphiql-tab-button"))) {
        assertThat(tab.getAttribute("title")).as("a tab's full name").isNotBlank();
      }
      WebElement active =
          browser.await(By.cssSelector(".graphiql-tab-active .graphiql-tab-button"));
      browser.assertInViewport(active, "the active tab");
      assertThat(
              (Boolean)
                  browser.script(
                      "return arguments[0].scrollWidth <= arguments[0].clientWidth;", active))
          .as("the active tab's name is not cut short")
          .isTrue();
      browser.assertInViewport(
          browser.await(By.cssSelector("button.kb-lesson .kb-lesson-title")),
          "the first lesson's title");
      // The lessons panel collapses and opens again from its button.
      browser.awaitClickable(By.cssSelector("button[aria-label='Hide Lessons']")).click();
      browser.wait.until(d -> d.findElements(By.cssSelector(".kb-lessons")).isEmpty());
      browser.awaitClickable(By.cssSelector("button[aria-label='Show Lessons']")).click();
      browser.await(By.cssSelector(".kb-lessons"));
    }

    browser
        .awaitClickable(By.cssSelector("button.kb-lesson[data-lesson='04-search-by-synonym']"))
        .click();
    if (viewport.narrow()) {
      // Picking a lesson closes the panel that covered the editor.
      browser.wait.until(d -> d.findElements(By.cssSelector(".kb-lessons")).isEmpty());
      assertThat(
              new Select(browser.driver.findElement(By.cssSelector(".kb-tab-picker select")))
                  .getFirstSelectedOption()
                  .getText())
          .startsWith("4. ");
    }
    browser.wait.until(d -> d.findElement(QUERY_EDITOR).getText().contains("SearchBySynonym"));
    browser.awaitClickable(RUN).click();
    browser.wait.until(d -> d.findElement(RESPONSE).getText().contains("Dyspnea"));
    assertThat(browser.driver.findElements(By.cssSelector(".kb-run-hint"))).isEmpty();
    browser.assertInViewport(browser.driver.findElement(RESPONSE), "the result");
    browser.assertInViewport(browser.driver.findElement(RUN), "the run button");
    browser.assertNoPageScroll();
    browser.screenshot("graphiql-result-" + viewport);
    browser.assertNoConsoleErrors();
  }

  @ParameterizedTest
  @EnumSource(Viewport.class)
  void shouldBuildAQueryByTickingFields(Viewport viewport) {
    browser.open("/graphiql", viewport);
    browser.awaitClickable(By.cssSelector("button.graphiql-tab-add")).click();
    browser.wait.until(d -> !d.findElement(QUERY_EDITOR).getText().contains("query "));
    WebElement show =
        browser.awaitClickable(By.cssSelector("button[aria-label='Show Query builder']"));
    browser.assertInViewport(show, "the query builder button");
    show.click();
    WebElement cases =
        browser.awaitClickable(
            By.cssSelector(
                ".graphiql-explorer-root .graphiql-explorer-cases .graphiql-explorer-field-view"));
    browser.assertInViewport(cases, "the builder's cases field");
    cases.click();
    browser
        .awaitClickable(
            By.cssSelector(
                ".graphiql-explorer-cases .graphiql-explorer-totalCount .graphiql-explorer-field-view"))
        .click();
    browser.assertNoHorizontalScroll();
    browser.screenshot("graphiql-builder-" + viewport);
    if (viewport.narrow()) {
      browser.awaitClickable(By.cssSelector("button[aria-label='Hide Query builder']")).click();
    }
    browser.wait.until(
        d -> {
          String query = d.findElement(QUERY_EDITOR).getText();
          return query.contains("cases") && query.contains("totalCount");
        });
    browser.awaitClickable(RUN).click();
    browser.wait.until(d -> d.findElement(RESPONSE).getText().contains("\"totalCount\""));
    assertThat(browser.driver.findElement(RESPONSE).getText()).doesNotContain("\"errors\"");
    browser.screenshot("graphiql-builder-result-" + viewport);
    browser.assertNoConsoleErrors();
  }

  /**
   * The query editor wraps long lines (the lessons' comments are longer than the editor is wide at
   * every size): CodeMirror's wrapping mode, and so no sideways scrollbar in the editor.
   */
  private void assertCommentsWrap() {
    WebElement codeMirror =
        browser.driver.findElement(By.cssSelector(".graphiql-query-editor .CodeMirror"));
    assertThat(codeMirror.getAttribute("class")).contains("CodeMirror-wrap");
    assertThat(codeMirror.findElement(By.cssSelector(".CodeMirror-hscrollbar")).isDisplayed())
        .as("a sideways scrollbar in the query editor")
        .isFalse();
  }
}
