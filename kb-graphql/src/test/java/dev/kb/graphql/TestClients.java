package dev.kb.graphql;

import java.time.Duration;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
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
}
