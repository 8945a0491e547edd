package dev.kb.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.casereport.CaseReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** GraphQL over HTTP: GET for queries, the graphql-response media type, status codes, ids. */
@KbAppTest
class HttpProtocolTest {

  private static final MediaType GRAPHQL_RESPONSE =
      MediaType.parseMediaType("application/graphql-response+json");

  @LocalServerPort int port;
  @Autowired CaseReports cases;

  @Test
  void shouldAnswerAQuerySentByGet() {
    TestClients.http(port, "")
        .build()
        .get()
        .uri(b -> b.path("/graphql").queryParam("query", "{q}").build("{ cases { totalCount } }"))
        .accept(GRAPHQL_RESPONSE)
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith(GRAPHQL_RESPONSE)
        .expectBody()
        .jsonPath("$.data.cases.totalCount")
        .isNumber();
  }

  @Test
  void shouldRefuseAMutationSentByGet() {
    TestClients.http(port, "")
        .build()
        .get()
        .uri(
            b ->
                b.path("/graphql")
                    .queryParam("query", "{q}")
                    .build("mutation { deleteCase(id: \"case-0000000000000000\") { deleted } }"))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
        .expectHeader()
        .valueEquals(HttpHeaders.ALLOW, "POST");
  }

  @Test
  void shouldAnswerAnInvalidQueryWith400AndNoInternals() {
    String body =
        TestClients.http(port, "/graphql")
            .build()
            .post()
            .contentType(MediaType.APPLICATION_JSON)
            .accept(GRAPHQL_RESPONSE)
            .bodyValue("{\"query\":\"{ cases { nope } }\"}")
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();

    assertThat(body).contains("nope").doesNotContain("Exception", "MATCH (", "at dev.kb");
  }

  /**
   * graphql-http's audits LKJ0-3 and 6C00-3: a query or operation name must be a string. Asked for
   * {@code application/json}, where a request that ran and failed gets 200: this one must not run
   * at all.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"query\": 1}",
        "{\"query\": true}",
        "{\"query\": {\"obj\": 1}}",
        "{\"query\": [\"{ __typename }\"]}",
        "{\"query\": \"{ __typename }\", \"operationName\": 1}",
        "{\"query\": \"{ __typename }\", \"operationName\": false}",
        "{\"query\": \"{ __typename }\", \"operationName\": {}}",
        "{\"query\": \"{ __typename }\", \"operationName\": []}"
      })
  void shouldRefuseANonStringQueryOrOperationNameWith400(String body) {
    TestClients.http(port, "/graphql")
        .build()
        .post()
        .contentType(MediaType.APPLICATION_JSON)
        .accept(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isBadRequest();
  }

  @Test
  void shouldStillRunAQueryWithANullOperationName() {
    TestClients.http(port, "/graphql")
        .build()
        .post()
        .contentType(MediaType.APPLICATION_JSON)
        .accept(GRAPHQL_RESPONSE)
        .bodyValue("{\"query\": \"{ __typename }\", \"operationName\": null}")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.data.__typename")
        .isEqualTo("Query");
  }

  @Test
  void shouldFetchCasesAndFactsByTheirIdAlone() {
    String caseId = cases.page(0, 1).items().getFirst().id();
    String factId = caseId + "-f0";

    TestClients.graphQl(port)
        .document(
            "query($c: ID!, $f: ID!) { c: node(id: $c) { __typename id }"
                + " f: node(id: $f) { __typename ... on Fact { evidence { matchedText } } }"
                + " none: node(id: \"nope\") { id } }")
        .variable("c", caseId)
        .variable("f", factId)
        .execute()
        .path("c.__typename")
        .entity(String.class)
        .isEqualTo("Case")
        .path("f.__typename")
        .entity(String.class)
        .isEqualTo("Fact")
        .path("none")
        .valueIsNull();
  }
}
