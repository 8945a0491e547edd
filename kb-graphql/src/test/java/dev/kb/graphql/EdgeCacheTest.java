package dev.kb.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.importer.load.CaseLoader;
import dev.kb.importer.load.Documents;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pages of a concept's knowledge edges are read once while the graph stays as it is, and read
 * again, with the new counts, as soon as anything is committed.
 */
@KbAppTest
class EdgeCacheTest {

  private static final String EDGES =
      """
      { concept(kind: DIAGNOSIS, id: "MONDO:0005393") {
          edges(first: 3) { totalCount nodes { relation cases to { id } } } } }
      """;

  @LocalServerPort int port;
  @Autowired RoundTrips roundTrips;
  @Autowired CaseLoader loader;

  @Test
  void shouldReadAPageOfEdgesOnceUntilTheGraphChanges() {
    // Gout (MONDO:0005393) with its symptoms.
    loader.load(
        new Documents()
            .fromString(
                "A 70-year-old man with gout had joint pain, fever and a rash.",
                "gout-1.txt",
                null));

    Map<String, Object> first = edges();
    assertThat(roundTrips.count()).as("the concept, then its edges").isEqualTo(2);
    Map<String, Object> again = edges();
    assertThat(roundTrips.count()).as("the concept only; its edges are kept").isEqualTo(1);
    assertThat(again).isEqualTo(first);

    // Another case of gout with joint pain: the edge's count must move at once.
    loader.load(
        new Documents()
            .fromString(
                "A 66-year-old woman with gout had joint pain and a rash.", "gout-2.txt", null));

    Map<String, Object> after = edges();
    assertThat(roundTrips.count()).as("the concept, then its edges again").isEqualTo(2);
    assertThat(after).isNotEqualTo(first);
    assertThat(cases(after)).isGreaterThan(cases(first));
  }

  private Map<String, Object> edges() {
    roundTrips.reset();
    return TestClients.graphQl(port)
        .document(EDGES)
        .execute()
        .path("concept.edges")
        .entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
        .get();
  }

  // The cases of all the page's edges together.
  @SuppressWarnings("unchecked")
  private static int cases(Map<String, Object> edges) {
    return ((List<Map<String, Object>>) edges.get("nodes"))
        .stream().mapToInt(e -> ((Number) e.get("cases")).intValue()).sum();
  }
}
