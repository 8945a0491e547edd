package dev.kb.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.importer.load.CaseLoader;
import dev.kb.importer.load.Documents;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Cross-case questions, search and look-ups over the sample case. */
@KbAppTest
class KnowledgeApiTest {

  @LocalServerPort int port;
  @Autowired CaseLoader loader;
  HttpGraphQlTester graphQl;

  @BeforeEach
  void client() {
    graphQl = TestClients.graphQl(port);
  }

  @Test
  void shouldFindFasciculationsByTheLayTermTwitching() {
    graphQl
        .documentName("search")
        .variable("query", "twitching")
        .execute()
        .path("search.concepts[0].concept.name")
        .entity(String.class)
        .isEqualTo("Fasciculations")
        .path("search.concepts[0].matchedBy")
        .entity(String.class)
        .isEqualTo("SYNONYM");
  }

  @Test
  void shouldToleratASpellingMistake() {
    graphQl
        .documentName("search")
        .variable("query", "fasciculatons")
        .execute()
        .path("search.concepts[*].concept.name")
        .entityList(String.class)
        .contains("Fasciculations");
  }

  @Test
  void shouldFindCasesByTheirWords() {
    graphQl
        .documentName("search")
        .variable("query", "carbamazepine drowsiness")
        .execute()
        .path("search.cases[0].case.title")
        .entity(String.class)
        .isEqualTo("The muscle twitches badly");
  }

  @Test
  void shouldFindCasesByMisspelledWordsWhenTheWordsAsWrittenFindNone() {
    graphQl
        .documentName("search")
        .variable("query", "carbamazepin drowsines")
        .execute()
        .path("search.cases[0].case.title")
        .entity(String.class)
        .isEqualTo("The muscle twitches badly");
  }

  @Test
  void shouldLookUpConceptsByCodeInAnySystemAndByName() {
    graphQl
        .document("{ conceptsByCode(code: \"G71.8\") { name } }")
        .execute()
        .path("conceptsByCode[*].name")
        .entityList(String.class)
        .contains("Cramp-fasciculation syndrome");
    graphQl
        .document("{ conceptsByName(name: \"muscle twitching\", kind: SYMPTOM) { id } }")
        .execute()
        .path("conceptsByName[*].id")
        .entityList(String.class)
        .containsExactly("HP:0002380");
  }

  @Test
  void shouldPageANestedListWithCursors() {
    String query =
        """
        query($after: String) {
          concept(kind: DRUG, id: "DRUGBANK:DB00564") {
            edges(first: 1, after: $after, confidence: ALL) {
              totalCount
              pageInfo { hasNextPage endCursor }
              nodes { relation to { name } }
            }
          }
        }
        """;
    var first = graphQl.document(query).execute();
    int total = first.path("concept.edges.totalCount").entity(Integer.class).get();
    assertThat(total).isGreaterThan(1);
    first.path("concept.edges.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
    String cursor = first.path("concept.edges.pageInfo.endCursor").entity(String.class).get();
    Object firstEdge = first.path("concept.edges.nodes[0]").entity(Object.class).get();

    var second = graphQl.document(query).variable("after", cursor).execute();
    second.path("concept.edges.totalCount").entity(Integer.class).isEqualTo(total);
    second
        .path("concept.edges.nodes[0]")
        .entity(Object.class)
        .satisfies(edge -> assertThat(edge).isNotEqualTo(firstEdge));
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldGiveEachEdgeListTheBestOfTheEdgesItAsksFor() {
    var response =
        graphQl
            .document(
                """
                { concept(kind: DIAGNOSIS, id: "MONDO:0035586") {
                    all: edges(first: 100) {
                      nodes { relation from { id } to { id } cases absentCases } }
                    top: edges(first: 2) {
                      nodes { relation from { id } to { id } cases absentCases } }
                    treats: edges(relation: TREATS) { nodes { relation to { id } } }
                    ... on Diagnosis {
                      symptoms(first: 100) { nodes { to { id } cases absentCases } }
                      topSymptom: symptoms(first: 1) { nodes { to { id } cases absentCases } }
                    } } }
                """)
            .execute();

    List<Map<String, Object>> all = response.path("concept.all.nodes").entity(List.class).get();
    assertThat(all).hasSizeGreaterThan(2);
    response.path("concept.top.nodes").entity(List.class).isEqualTo(all.subList(0, 2));
    assertThat(response.path("concept.treats.nodes[*].relation").entityList(String.class).get())
        .isNotEmpty()
        .containsOnly("TREATS");
    assertThat(response.path("concept.treats.nodes[*].to.id").entityList(String.class).get())
        .containsOnly("MONDO:0035586");
    List<Map<String, Object>> symptoms =
        response.path("concept.symptoms.nodes").entity(List.class).get();
    assertThat(symptoms)
        .isNotEmpty()
        .containsExactlyElementsOf(
            all.stream()
                .filter(e -> e.get("relation").equals("PRESENTS_WITH"))
                .map(
                    e ->
                        Map.of(
                            "to", e.get("to"),
                            "cases", e.get("cases"),
                            "absentCases", e.get("absentCases")))
                .toList());
    response.path("concept.topSymptom.nodes").entity(List.class).isEqualTo(symptoms.subList(0, 1));
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldGiveEveryConceptOfAPageTheBestOfItsEdgesWhateverEachListAsks() {
    List<Map<String, Object>> concepts =
        graphQl
            .document(
                """
                { cases(filter: {fact: {concept: {kind: DIAGNOSIS, id: "MONDO:0035586"}}}, first: 5) {
                    edges { node { facts { concept {
                      one: edges(first: 1) { nodes { relation from { id } to { id } cases } }
                      five: edges(first: 5) { nodes { relation from { id } to { id } cases } }
                    } } } } } }
                """)
            .execute()
            .path("cases.edges[*].node.facts[*].concept")
            .entityList(Map.class)
            .hasSizeGreaterThan(3)
            .get()
            .stream()
            .map(c -> (Map<String, Object>) c)
            .toList();
    assertThat(concepts)
        .allSatisfy(
            c -> {
              List<?> five = (List<?>) ((Map<String, Object>) c.get("five")).get("nodes");
              List<?> one = (List<?>) ((Map<String, Object>) c.get("one")).get("nodes");
              assertThat(one).isEqualTo(five.subList(0, Math.min(1, five.size())));
            })
        .anySatisfy(
            c ->
                assertThat((List<?>) ((Map<String, Object>) c.get("five")).get("nodes"))
                    .hasSizeGreaterThan(1));
  }

  @Test
  void shouldOrderConceptsByHowManyCasesMentionThemOrByName() {
    for (String text :
        List.of(
            "A man with gout had joint pain and a fever; he was given colchicine.",
            "A woman with gout had joint pain; she was given allopurinol.")) {
      loader.load(new Documents().fromString(text, null, null));
    }
    List<Integer> counts =
        graphQl
            .document(
                """
                { concepts(kind: SYMPTOM, orderBy: {field: CASES, direction: DESC}, first: 100) {
                    nodes { caseCount } } }
                """)
            .execute()
            .path("concepts.nodes[*].caseCount")
            .entityList(Integer.class)
            .get();
    assertThat(counts)
        .hasSizeGreaterThan(2)
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(counts.getFirst()).isGreaterThan(counts.getLast());

    List<String> names =
        graphQl
            .document("{ concepts(kind: SYMPTOM, first: 100) { nodes { name } } }")
            .execute()
            .path("concepts.nodes[*].name")
            .entityList(String.class)
            .get();
    assertThat(names).hasSizeGreaterThan(2).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
  }

  @Test
  void shouldCountEachSelectionOfEdgesWithoutReadingThemAll() {
    var response =
        graphQl
            .document(
                """
                { concept(kind: DRUG, id: "DRUGBANK:DB00564") {
                    all: edges(first: 100, confidence: ALL) { totalCount nodes { relation } }
                    causes: edges(relation: CAUSES, first: 100, confidence: ALL) {
                      totalCount nodes { relation } }
                    firstOne: edges(first: 1, confidence: ALL) { totalCount nodes { relation } }
                    ... on Drug { sideEffects(first: 100, confidence: ALL) { totalCount } } } }
                """)
            .execute();
    List<String> all =
        response.path("concept.all.nodes[*].relation").entityList(String.class).get();
    response.path("concept.all.totalCount").entity(Integer.class).isEqualTo(all.size());
    long causes = all.stream().filter("CAUSES"::equals).count();
    assertThat(causes).isPositive();
    response.path("concept.causes.totalCount").entity(Long.class).isEqualTo(causes);
    response.path("concept.causes.nodes").entityList(Object.class).hasSize((int) causes);
    response.path("concept.firstOne.totalCount").entity(Integer.class).isEqualTo(all.size());
    response.path("concept.firstOne.nodes").entityList(Object.class).hasSize(1);
    response.path("concept.sideEffects.totalCount").entity(Long.class).isEqualTo(causes);
  }

  @Test
  void shouldRefuseToPageANestedListOfCasesTooDeep() {
    String far = dev.kb.graphql.paging.Cursors.encode(950); // item 951, and 100 more asked
    graphQl
        .document(
            "query($after: String) { concept(kind: DRUG, id: \"DRUGBANK:DB00564\") {"
                + " cases(first: 100, after: $after) { totalCount } } }")
        .variable("after", far)
        .execute()
        .errors()
        .satisfy(
            errors ->
                assertThat(errors)
                    .singleElement()
                    .satisfies(e -> assertThat(e.getMessage()).contains("1000 items deep")));
  }

  @Test
  void shouldCountSymptomsPresentAndAbsentForADiagnosis() {
    var response =
        graphQl.documentName("diagnosisKnowledge").variable("id", "MONDO:0035586").execute();

    List<Map<String, Object>> symptoms =
        response.path("concept.symptoms.nodes").entity(List.class).get();
    assertThat(symptoms)
        .anySatisfy(
            s -> {
              assertThat(name(s, "to")).isEqualTo("Fasciculations");
              assertThat((Integer) s.get("cases")).isPositive();
            })
        .anySatisfy(
            s -> {
              assertThat(name(s, "to")).isEqualTo("Skeletal muscle atrophy");
              assertThat((Integer) s.get("absentCases")).isPositive();
              assertThat((Integer) s.get("cases")).isZero();
            });
    response
        .path("concept.drugs.nodes[*].from.name")
        .entityList(String.class)
        .contains("Carbamazepine")
        .path("concept.investigations.nodes[*].investigation.name")
        .entityList(String.class)
        .contains("Electromyography");
  }

  @Test
  void shouldReportADrugsSideEffectsWithCountsAndEvidence() {
    var response =
        graphQl
            .documentName("drugSideEffects")
            .variable("id", "DRUGBANK:DB00564")
            // The sample's side effects are weak links (the classifier is unsure of "the drug"):
            // all links are asked for.
            .variable("confidence", "ALL")
            .execute();

    response
        .path("concept.treats.nodes[*].to.name")
        .entityList(String.class)
        .contains("Cramp-fasciculation syndrome");
    List<Map<String, Object>> signals =
        response.path("concept.sideEffects.nodes").entity(List.class).get();
    assertThat(signals)
        .anySatisfy(
            s -> {
              assertThat(name(s, "sideEffect")).isEqualTo("Somnolence");
              assertThat((Integer) s.get("a")).isPositive();
              assertThat((Integer) s.get("b") + (Integer) s.get("c") + (Integer) s.get("d"))
                  .isNotNegative();
            });
    response
        .path("concept.sideEffects.nodes[*].edge.evidence.nodes[*].to.evidence.sentence")
        .entityList(String.class)
        .satisfies(
            sentences ->
                assertThat(sentences).anySatisfy(s -> assertThat(s).contains("drowsiness")));
  }

  @Test
  void shouldConnectCarbamazepineToFasciculations() {
    graphQl
        .documentName("paths")
        .variable("from", Map.of("kind", "DRUG", "id", "DRUGBANK:DB00564"))
        .variable("to", Map.of("kind", "SYMPTOM", "id", "HP:0002380"))
        .execute()
        .path("paths[0].length")
        .entity(Integer.class)
        .isEqualTo(2)
        .path("paths[0].concepts[*].name")
        .entityList(String.class)
        .containsExactly("Carbamazepine", "Cramp-fasciculation syndrome", "Fasciculations");
  }

  @SuppressWarnings("unchecked")
  private static String name(Map<String, Object> row, String field) {
    return (String) ((Map<String, Object>) row.get(field)).get("name");
  }
}
