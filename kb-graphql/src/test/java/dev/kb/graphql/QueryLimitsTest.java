package dev.kb.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@KbAppTest
class QueryLimitsTest {

  @LocalServerPort int port;
  HttpGraphQlTester graphQl;

  @BeforeEach
  void client() {
    graphQl = TestClients.graphQl(port);
  }

  @Test
  void shouldRefuseFiveThousandAliasesAndStayUp() {
    StringBuilder query = new StringBuilder("{");
    for (int i = 0; i < 5000; i++) {
      query.append(" a").append(i).append(": __typename");
    }
    query.append(" }");

    graphQl
        .document(query.toString())
        .execute()
        .errors()
        .satisfy(
            errors ->
                assertThat(errors)
                    .isNotEmpty()
                    .first()
                    .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("aliases", "tokens")));

    graphQl.document("{ cases { totalCount } }").execute().errors().verify();
  }

  @Test
  void shouldRefuseSixteenLevelsSayingByHowMuch() {
    // cases > edges > node > facts > case > facts > ... > id: 16 levels of fields, leaf included.
    StringBuilder query = new StringBuilder("{ cases { edges { node { facts { id ");
    int depth = 4;
    StringBuilder close = new StringBuilder(" } } } }");
    while (depth < 15) {
      query.append(depth % 2 == 0 ? "case { id " : "facts { id ");
      close.append(" }");
      depth++;
    }
    query.append(close).append(" }");

    graphQl
        .document(query.toString())
        .execute()
        .errors()
        .satisfy(
            errors ->
                assertThat(errors)
                    .singleElement()
                    .satisfies(
                        e ->
                            assertThat(e.getMessage())
                                .contains("16 levels deep")
                                .contains("limit of 12")));
  }

  @Test
  void shouldRefuseAQueryThatCouldResolveTooManyFields() {
    graphQl
        .document(
            """
            { cases(first: 100) { edges { node { facts { concept {
                cases(first: 100) { nodes { facts { evidence { sentence } } } } } } } } } }
            """)
        .execute()
        .errors()
        .satisfy(
            errors ->
                assertThat(errors)
                    .singleElement()
                    .satisfies(e -> assertThat(e.getMessage()).contains("complexity limit")));
  }

  @Test
  void shouldCountTheDefaultPageSizesAndUnpagedListsOfTheSchema() {
    // No `first` anywhere: the defaults (20 cases, 20 cases of a concept) and the facts of each
    // case still multiply.
    graphQl
        .document(
            """
            { cases { edges { node { facts { concept {
                cases { nodes { facts { concept { name } evidence { sentence } } } } } } } } } }
            """)
        .execute()
        .errors()
        .satisfy(
            errors ->
                assertThat(errors)
                    .singleElement()
                    .satisfies(e -> assertThat(e.getMessage()).contains("complexity limit")));
  }

  @Test
  void shouldCountPageSizesGivenAsVariables() {
    String nested =
        """
        query($n: Int) { cases(first: $n) { edges { node { facts { concept {
            cases(first: $n) { nodes { id title } } } } } } } }
        """;

    graphQl.document(nested).variable("n", 1).execute().errors().verify();
    // The same document again, now kept parsed: the limits still see the new variables.
    graphQl
        .document(nested)
        .variable("n", 100)
        .execute()
        .errors()
        .satisfy(
            errors ->
                assertThat(errors)
                    .singleElement()
                    .satisfies(e -> assertThat(e.getMessage()).contains("complexity limit")));
  }

  @Test
  void shouldLetTheStandardIntrospectionQueryThrough() {
    graphQl
        .document(graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY)
        .execute()
        .errors()
        .verify()
        .path("__schema.queryType.name")
        .entity(String.class)
        .isEqualTo("Query");
  }
}
