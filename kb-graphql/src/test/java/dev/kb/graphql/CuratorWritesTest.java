package dev.kb.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@KbAppTest
class CuratorWritesTest {

  private static final String IMPORT =
      """
      mutation($text: String!) {
        importCase(input: {text: $text, source: "test"}) {
          status
          case { id source facts { kind polarity concept { name } } }
        }
      }
      """;

  @LocalServerPort int port;

  private HttpGraphQlTester anonymous() {
    return HttpGraphQlTester.create(client().build());
  }

  private HttpGraphQlTester curator(String password) {
    String basic =
        Base64.getEncoder()
            .encodeToString((KbAppTest.CURATOR + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpGraphQlTester.create(
        client().defaultHeader(HttpHeaders.AUTHORIZATION, "Basic " + basic).build());
  }

  private WebTestClient.Builder client() {
    return TestClients.http(port, "/graphql");
  }

  @Test
  void shouldRefuseAnonymousImportAndWriteNothing() {
    String text = "A woman had a migraine and was given sumatriptan. (anonymous attempt)";

    anonymous()
        .document(IMPORT)
        .variable("text", text)
        .execute()
        .errors()
        .satisfy(
            errors ->
                assertThat(errors)
                    .singleElement()
                    .satisfies(
                        e -> assertThat(e.getErrorType().toString()).isEqualTo("UNAUTHORIZED")));

    anonymous()
        .document("{ cases(first: 100) { edges { node { text } } } }")
        .execute()
        .path("cases.edges[*].node.text")
        .entityList(String.class)
        .satisfies(texts -> assertThat(texts).doesNotContain(text));
  }

  @Test
  void shouldRefuseAWrongPasswordAtTheDoor() {
    client()
        .defaultHeader(
            HttpHeaders.AUTHORIZATION,
            "Basic "
                + Base64.getEncoder()
                    .encodeToString("test-curator:wrong".getBytes(StandardCharsets.UTF_8)))
        .build()
        .post()
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"query\":\"{ cases { totalCount } }\"}")
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  @Test
  void shouldLetACuratorImportThenDeleteACase() {
    String text = "A 30-year-old woman had a migraine without aura and was given sumatriptan.";

    String id =
        curator(KbAppTest.PASSWORD)
            .document(IMPORT)
            .variable("text", text)
            .execute()
            .path("importCase.status")
            .entity(String.class)
            .isEqualTo("IMPORTED")
            .path("importCase.case.facts[*].kind")
            .entityList(String.class)
            .contains("DRUG")
            .path("importCase.case.id")
            .entity(String.class)
            .get();

    curator(KbAppTest.PASSWORD)
        .document(IMPORT)
        .variable("text", text)
        .execute()
        .path("importCase.status")
        .entity(String.class)
        .isEqualTo("UNCHANGED");

    curator(KbAppTest.PASSWORD)
        .document("mutation($id: ID!) { deleteCase(id: $id) { id deleted } }")
        .variable("id", id)
        .execute()
        .path("deleteCase.deleted")
        .entity(Boolean.class)
        .isEqualTo(true);

    anonymous()
        .document("query($id: ID!) { case(id: $id) { id } }")
        .variable("id", id)
        .execute()
        .path("case")
        .valueIsNull();
  }

  @Test
  void shouldRefuseAnEmptyTextSayingWhy() {
    curator(KbAppTest.PASSWORD)
        .document(IMPORT)
        .variable("text", "   ")
        .execute()
        .errors()
        .satisfy(
            errors ->
                assertThat(errors)
                    .singleElement()
                    .satisfies(
                        e -> {
                          assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                          assertThat(e.getMessage()).contains("empty");
                        }));
  }
}
