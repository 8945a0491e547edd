package dev.kb.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.importer.load.CaseLoader;
import dev.kb.importer.load.Documents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A nested query costs the same number of database round trips for 1 result as for many. */
@KbAppTest
class NoNPlusOneTest {

  private static final String NESTED =
      """
      query($first: Int) {
        cases(first: $first) {
          totalCount
          edges { node {
            id
            facts {
              polarity
              confidence
              case { title }
              concept {
                name
                caseCount
                cases(first: 2) { totalCount nodes { id } }
                edges(first: 2) {
                  nodes {
                    relation cases allCases evidence(first: 1) { nodes { case { id } to { id } } }
                  }
                }
                ... on Drug {
                  sideEffects(first: 2) { nodes { prr sideEffect { name } } }
                  treats(first: 2) { nodes { to { name } outcomes { outcome } } }
                }
                ... on Diagnosis {
                  symptoms(first: 2) { nodes { to { name } cases absentCases } }
                  investigations(first: 2) { nodes { cases } }
                }
              }
            }
          } }
        }
      }
      """;

  @LocalServerPort int port;
  @Autowired RoundTrips roundTrips;
  @Autowired CaseLoader loader;

  @Test
  void shouldNotRunMoreQueriesForMoreResults() {
    String[] drugs = {"amoxicillin", "ibuprofen", "metformin", "lisinopril", "warfarin", "aspirin"};
    for (int i = 0; i < drugs.length; i++) {
      loader.load(
          new Documents()
              .fromString(
                  "Pneumonia case %d\n\nA %d-year-old man with pneumonia had a fever and a cough"
                          .formatted(i, 40 + i)
                      + " but no chest pain. He was treated with %s and developed a rash after %s."
                          .formatted(drugs[i], drugs[i]),
                  "round-trips-" + i,
                  null));
    }

    int one = roundTripsFor(1);
    int five = roundTripsFor(5); // as many as the complexity limit lets this query ask for

    // At most one query per field that reads the graph (12 of them above, counting each list of
    // knowledge edges on its own; caseCount comes with the concept), however many cases, facts and
    // concepts there are.
    assertThat(one).isPositive().isLessThanOrEqualTo(12);
    // Batches may split differently, but five results never cost more trips than one.
    assertThat(five).isLessThanOrEqualTo(one);
  }

  @Test
  void shouldAnswerACaseWithItsFactsInOneRoundTripAndAConceptInOnePerList() {
    String caseId =
        loader
            .load(
                new Documents()
                    .fromString(
                        "A woman with pneumonia had a fever; she was given amoxicillin.",
                        null,
                        null))
            .caseId();

    roundTrips.reset();
    TestClients.graphQl(port)
        .document(
            "query($id: ID!) { case(id: $id) { title facts { kind concept { name caseCount } } } }")
        .variable("id", caseId)
        .execute()
        .path("case.facts[*].concept.caseCount")
        .entityList(Integer.class)
        .satisfies(counts -> assertThat(counts).hasSizeGreaterThan(1).allMatch(n -> n >= 1));
    // The concepts' case counts come with them: still one round trip.
    assertThat(roundTrips.count()).isEqualTo(1);

    roundTrips.reset();
    TestClients.graphQl(port)
        .document(
            """
            { concept(kind: DIAGNOSIS, id: "MONDO:0005249") {
                name ... on Diagnosis {
                  symptoms { nodes { to { name } cases } } drugs { nodes { from { name } } } } } }
            """)
        .execute()
        .path("concept.symptoms.nodes")
        .entityList(Object.class)
        .hasSizeGreaterThan(0);
    // The concept, then its symptoms and its drugs: each list reads only the page it shows.
    assertThat(roundTrips.count()).isEqualTo(3);
  }

  private int roundTripsFor(int first) {
    roundTrips.reset();
    TestClients.graphQl(port)
        .document(NESTED)
        .variable("first", first)
        .execute()
        .errors()
        .verify()
        .path("cases.edges")
        .entityList(Object.class)
        .hasSize(first);
    return roundTrips.count();
  }
}
