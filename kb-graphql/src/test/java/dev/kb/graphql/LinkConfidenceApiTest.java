package dev.kb.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.importer.extract.Extraction;
import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.Mention;
import dev.kb.importer.extract.Relation;
import dev.kb.importer.load.CaseLoader;
import dev.kb.importer.load.Documents;
import dev.kb.importer.load.GraphWriter;
import dev.kb.importer.load.ImportOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Links below the minimum confidence are stored and shown on request, but statistics leave them
 * out: lamotrigine is blamed for a rash once confidently (0.9) and once weakly (0.3), and for a
 * headache only weakly (0.2).
 */
@KbAppTest
class LinkConfidenceApiTest {

  private static final String LAMOTRIGINE = "DRUGBANK:DB00555";
  private static final String RASH = "HP:0000988";

  @LocalServerPort int port;
  @Autowired Neo4jClient client;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired Extractor extractor;
  HttpGraphQlTester graphQl;
  CaseLoader loader;
  final List<String> imported = new ArrayList<>();

  @BeforeEach
  void importCases() {
    graphQl = TestClients.graphQl(port);
    loader =
        new CaseLoader(
            new GraphWriter(client, transactionManager), new Confidences(extractor), 0.5);
    for (String text :
        List.of(
            "Case one\n\nShe developed a rash after lamotrigine. [0.9]",
            "Case two\n\nHe developed a rash after lamotrigine. [0.3]",
            "Case three\n\nShe developed a headache after lamotrigine. [0.2]")) {
      ImportOutcome outcome = loader.load(new Documents().fromString(text, null, null));
      assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
      imported.add(outcome.caseId());
    }
  }

  @AfterEach
  void deleteCases() {
    imported.forEach(loader::delete);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldCountOnlyConfidentLinksUnlessAskedForAll() {
    String query =
        """
        query($id: ID!, $confidence: LinkFilter) {
          concept(kind: DRUG, id: $id) { ... on Drug {
            sideEffects(confidence: $confidence) {
              totalCount
              nodes {
                sideEffect { kind id name }
                a b c d prr
                edge { cases allCases mentions allMentions evidence { totalCount } }
              }
            }
          } }
        }
        """;
    var confident = graphQl.document(query).variable("id", LAMOTRIGINE).execute();
    var all =
        graphQl.document(query).variable("id", LAMOTRIGINE).variable("confidence", "ALL").execute();

    List<Map<String, Object>> confidentSignals =
        confident.path("concept.sideEffects.nodes").entity(List.class).get();
    assertThat(confidentSignals)
        .as("the headache only a weak link blames is left out by default")
        .extracting(s -> ((Map<String, Object>) s.get("sideEffect")).get("name"))
        .containsExactly("Rash");
    Map<String, Object> rash = confidentSignals.getFirst();
    assertThat(((Map<String, Object>) rash.get("sideEffect")).get("kind"))
        .as("the finding's own concept")
        .isEqualTo("SYMPTOM");
    // b: lamotrigine without any link to a rash (the headache case).
    assertThat(rash).containsEntry("a", 1).containsEntry("b", 1);
    assertThat((Map<String, Object>) rash.get("edge"))
        .containsEntry("cases", 1)
        .containsEntry("allCases", 2)
        .containsEntry("mentions", 1)
        .containsEntry("allMentions", 2)
        .containsEntry("evidence", Map.of("totalCount", 1));

    List<Map<String, Object>> allSignals =
        all.path("concept.sideEffects.nodes").entity(List.class).get();
    assertThat(allSignals)
        .extracting(s -> ((Map<String, Object>) s.get("sideEffect")).get("name"))
        .containsExactlyInAnyOrder("Rash", "Headache");
    Map<String, Object> rashOfAll =
        allSignals.stream()
            .filter(s -> ((Map<String, Object>) s.get("sideEffect")).get("name").equals("Rash"))
            .findFirst()
            .orElseThrow();
    assertThat(rashOfAll).containsEntry("a", 2).containsEntry("b", 1);
    assertThat((Map<String, Object>) rashOfAll.get("edge"))
        .containsEntry("evidence", Map.of("totalCount", 2));
    // The weakly blamed case reports the rash without (confidently) blaming the drug: by default
    // it is one of c, the rashes the drug is not blamed for; each case is in one cell.
    assertThat((Integer) rash.get("c") - (Integer) rashOfAll.get("c")).isEqualTo(1);
    assertThat((Integer) rash.get("d")).isEqualTo((Integer) rashOfAll.get("d")).isPositive();
    assertThat(rash.get("prr")).isEqualTo(prr(rash));
  }

  @Test
  void shouldServeTheConfidenceOfEachFactAndLinkAndWhetherTheLinkCounts() {
    var response =
        graphQl
            .document(
                """
                query($id: ID!) { case(id: $id) {
                  minConfidence
                  facts { kind confidence concept { kind name }
                          relations(type: CAUSES) { confidence counted } } } }
                """)
            .variable("id", imported.get(1))
            .execute();

    response.path("case.minConfidence").entity(Double.class).isEqualTo(0.5);
    // A finding only weakly blamed on a drug stays a symptom.
    response
        .path("case.facts[?(@.concept.name == 'Rash')].kind")
        .entityList(String.class)
        .containsExactly("SYMPTOM");
    response
        .path("case.facts[?(@.concept.name == 'Rash')].confidence")
        .entityList(Double.class)
        .containsExactly(0.8);
    response
        .path("case.facts[?(@.concept.name == 'Rash')].relations[*].confidence")
        .entityList(Double.class)
        .containsExactly(0.3);
    response
        .path("case.facts[?(@.concept.name == 'Rash')].relations[*].counted")
        .entityList(Boolean.class)
        .containsExactly(false);

    graphQl
        .document(
            "query($id: ID!) { case(id: $id) { facts(kind: SIDE_EFFECT) { concept { kind name } } } }")
        .variable("id", imported.getFirst())
        .execute()
        .path("case.facts[*].concept.name")
        .entityList(String.class)
        .containsExactly("Rash");
  }

  @Test
  void shouldListTheDrugsBlamedForAFindingOnItsOwnConcept() {
    String query =
        """
        query($confidence: LinkFilter) {
          concept(kind: SIDE_EFFECT, id: "%s") {
            kind
            ... on Symptom {
              causedBy(confidence: $confidence) { nodes { from { id } cases allCases } }
            }
          }
        }
        """
            .formatted(RASH);
    var response = graphQl.document(query).execute();
    response.path("concept.kind").entity(String.class).isEqualTo("SYMPTOM");
    response
        .path("concept.causedBy.nodes[?(@.from.id == '" + LAMOTRIGINE + "')].cases")
        .entityList(Integer.class)
        .containsExactly(1);

    graphQl
        .document(
            """
            { concept(kind: SYMPTOM, id: "HP:0002315") { ... on Symptom {
                weak: causedBy { nodes { from { id } } }
                all: causedBy(confidence: ALL) { nodes { from { id } cases allCases } } } } }
            """)
        .execute()
        .path("concept.weak.nodes[*].from.id")
        .entityList(String.class)
        .doesNotContain(LAMOTRIGINE)
        .path("concept.all.nodes[?(@.from.id == '" + LAMOTRIGINE + "')].allCases")
        .entityList(Integer.class)
        .containsExactly(1);
  }

  private static Double prr(Map<String, Object> signal) {
    double a = (Integer) signal.get("a");
    double b = (Integer) signal.get("b");
    double c = (Integer) signal.get("c");
    double d = (Integer) signal.get("d");
    return (a / (a + b)) / (c / (c + d));
  }

  /**
   * The bundled extractor's reading, with the confidence written in brackets at the end of a text
   * given to its links, and 0.8 to its findings.
   */
  private record Confidences(Extractor delegate) implements Extractor {

    @Override
    public Extraction extract(String text) {
      Extraction read = delegate.extract(text);
      double confidence =
          Double.parseDouble(text.substring(text.lastIndexOf('[') + 1, text.lastIndexOf(']')));
      List<Mention> mentions =
          read.mentions().stream()
              .map(
                  m ->
                      new Mention(
                          m.concept(),
                          m.kind(),
                          m.evidence(),
                          m.polarity(),
                          m.certainty(),
                          m.temporality(),
                          m.experiencer(),
                          m.result(),
                          m.concept().id().startsWith("HP:") ? 0.8 : 1.0))
              .toList();
      List<Relation> relations =
          read.relations().stream().map(r -> r.withConfidence(confidence)).toList();
      return new Extraction(
          read.title(),
          read.text(),
          read.sentences(),
          mentions,
          relations,
          read.patientAge(),
          read.patientSex(),
          read.extractorVersion());
    }

    @Override
    public String version() {
      return delegate.version();
    }
  }
}
