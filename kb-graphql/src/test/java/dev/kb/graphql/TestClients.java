package dev.kb.graphql;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** HTTP clients for the application under test, patient enough for a busy 2-core CI machine. */
final class TestClients {

  private TestClients() {}

  static WebTestClient.Builder http(int port, String path) {
    return WebTestClient.bindToServer()
        .baseUrl("http://localhost:" + port + path)
        .responseTimeout(Duration.ofSeconds(30));
  }

  static HttpGraphQlTester graphQl(int port) {
    return HttpGraphQlTester.create(http(port, "/graphql").build());
  }

  /** GraphQL as the tests' curator ({@link KbAppTest#CURATOR}), who may import and delete. */
  static HttpGraphQlTester curator(int port) {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (KbAppTest.CURATOR + ":" + KbAppTest.PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpGraphQlTester.create(
        http(port, "/graphql").defaultHeader(HttpHeaders.AUTHORIZATION, "Basic " + basic).build());
  }
}
