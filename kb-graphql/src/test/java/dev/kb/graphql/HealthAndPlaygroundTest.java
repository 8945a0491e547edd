package dev.kb.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@KbAppTest
class HealthAndPlaygroundTest {

  @LocalServerPort int port;
  WebTestClient http;

  @BeforeEach
  void client() {
    http = TestClients.http(port, "").build();
  }

  @Test
  void shouldShowThePublicTheHealthStatusOnly() {
    http.get()
        .uri("/actuator/health")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP")
        .jsonPath("$.components")
        .doesNotExist()
        .jsonPath("$.details")
        .doesNotExist();
  }

  @Test
  void shouldShowACuratorNeo4jInHealth() {
    http.get()
        .uri("/actuator/health")
        .headers(h -> h.setBasicAuth(KbAppTest.CURATOR, KbAppTest.PASSWORD))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP")
        .jsonPath("$.components.neo4j.status")
        .isEqualTo("UP")
        .jsonPath("$.components.neo4j.details")
        .exists();
  }

  @Test
  void shouldServeGraphiqlWithEveryAssetFromThisServer() {
    String html =
        http.get()
            .uri("/graphiql")
            .accept(MediaType.TEXT_HTML)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();

    assertThat(html).doesNotContain("http://", "https://", "//unpkg", "//cdn");
    Matcher assets = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(html);
    int count = 0;
    while (assets.find()) {
      http.get().uri(assets.group(1)).exchange().expectStatus().isOk();
      count++;
    }
    assertThat(count).as("scripts and styles on the page").isGreaterThanOrEqualTo(4);
  }
}
