package dev.kb.graphql.playground;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.graphql.KbAppTest;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every page is served with every asset from this server: nothing from the internet. */
@KbAppTest
class PlaygroundPagesTest {

  private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"");
  private static final Pattern IMPORT = Pattern.compile("from '(/[^']+)'");

  @LocalServerPort int port;

  private WebTestClient http() {
    return WebTestClient.bindToServer()
        .baseUrl("http://localhost:" + port)
        .responseTimeout(Duration.ofSeconds(30))
        .build();
  }

  private String get(String path) {
    return http()
        .get()
        .uri(path)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/graphiql", "/explorer", "/cases", "/cases/case-0000"})
  void shouldServeThePageWithEveryAssetFromThisServer(String page) {
    String html =
        http()
            .get()
            .uri(page)
            .accept(MediaType.TEXT_HTML)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(html).doesNotContain("http://", "https://", "//unpkg", "//cdn");
    Matcher assets = ASSET.matcher(html);
    int count = 0;
    while (assets.find()) {
      String asset = assets.group(1);
      if (asset.startsWith("/webjars/")) {
        http().head().uri(asset).exchange().expectStatus().isOk();
        count++;
        continue;
      }
      String body = get(asset);
      if (asset.endsWith(".js")) {
        assertThat(body).as(asset).doesNotContain("https://cdn", "//unpkg", "fetch('http");
        Matcher imports = IMPORT.matcher(body);
        while (imports.find()) {
          get(imports.group(1));
        }
      }
      count++;
    }
    assertThat(count).as("scripts and styles on %s", page).isGreaterThanOrEqualTo(2);
  }

  @Test
  void shouldServeTheSchemaAsSdlToAnyone() {
    String sdl =
        http()
            .get()
            .uri("/graphql/schema")
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.TEXT_PLAIN)
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(sdl).contains("type Query {", "type Case ", "cases(").doesNotContain("<html");
    assertThat(get("/graphiql")).contains("href=\"/graphql/schema\"", "Download schema");
  }
}
