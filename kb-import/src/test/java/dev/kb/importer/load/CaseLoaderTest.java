package dev.kb.importer.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.embedded.EmbeddedNeo4j;
import dev.kb.core.schema.SchemaMigrations;
import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.LexiconExtractor;
import dev.kb.importer.extract.Mention;
import dev.kb.importer.extract.RelationType;
import dev.kb.importer.synthetic.CaseGenerator;
import dev.kb.importer.synthetic.SyntheticCase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/** The loader against a real embedded Neo4j. */
class CaseLoaderTest {

  @TempDir static Path dataDir;
  static EmbeddedNeo4j neo4j;
  static Driver driver;
  static GraphWriter graph;
  static Extractor extractor;

  CaseLoader loader;
  Documents documents = new Documents();

  @BeforeAll
  static void start() {
    neo4j = EmbeddedNeo4j.start(dataDir, 0);
    driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
    new SchemaMigrations(driver).migrate();
    graph = GraphWriter.over(driver);
    extractor = LexiconExtractor.standard();
  }

  @AfterAll
  static void stop() {
    driver.close();
    neo4j.close();
  }

  @BeforeEach
  void emptyGraph() {
    driver.executableQuery("MATCH (n) WHERE NOT n:KbMigration DETACH DELETE n").execute();
    loader = new CaseLoader(graph, extractor);
  }

  @Test
  void shouldWriteTheCaseWithItsFactsConceptsAndRelations() throws IOException {
    ImportOutcome outcome = loader.load(documents.fromBytes(sample(), "sample.txt", null));

    assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
    assertThat(count("MATCH (c:Case {id: $id, source: 'sample.txt'}) RETURN count(c)", outcome))
        .isEqualTo(1);
    assertThat(count("MATCH (:Case {id: $id})-[:HAS_FACT]->(f:Fact) RETURN count(f)", outcome))
        .isGreaterThan(10);
    assertThat(
            count(
                """
                MATCH (:Case {id: $id})-[:HAS_FACT]->(d:Fact)-[:TREATS]->(x:Fact)
                MATCH (d)-[:ABOUT]->(:Drug {name: 'Carbamazepine'})
                MATCH (x)-[:ABOUT]->(:Diagnosis)
                RETURN count(*)
                """,
                outcome))
        .isPositive();
    assertThat(
            count(
                """
                MATCH (:Case {id: $id})-[:HAS_FACT]->(f:Fact {polarity: 'NEGATED'})-[:ABOUT]->(k)
                WHERE f.matchedText CONTAINS 'wasting'
                RETURN count(f)
                """,
                outcome))
        .isEqualTo(1);
  }

  @Test
  void shouldKeepOneCaseWhenTheSameTextIsImportedTwice() throws IOException {
    ImportOutcome first = loader.load(documents.fromBytes(sample(), "a.txt", null));
    long facts = count("MATCH (f:Fact) RETURN count(f)", first);
    long concepts = count("MATCH (k:Concept) RETURN count(k)", first);

    ImportOutcome second = loader.load(documents.fromBytes(sample(), "b.txt", null));

    assertThat(second.status()).isEqualTo(ImportOutcome.Status.UNCHANGED);
    assertThat(second.caseId()).isEqualTo(first.caseId());
    assertThat(count("MATCH (c:Case) RETURN count(c)", first)).isEqualTo(1);
    assertThat(count("MATCH (f:Fact) RETURN count(f)", first)).isEqualTo(facts);
    assertThat(count("MATCH (k:Concept) RETURN count(k)", first)).isEqualTo(concepts);
  }

  @Test
  void shouldLeaveNothingBehindWhenACaseFailsHalfway() throws IOException {
    CaseDocument document = documents.fromBytes(sample(), "sample.txt", null);
    String caseId = CaseLoader.caseId(CaseLoader.contentHash(document.text()));
    // A fact already holding the id the loader will give this case's second fact: the write
    // fails after the case and its concepts are written, and must roll them back.
    driver
        .executableQuery("CREATE (:Fact {id: $id})")
        .withParameters(Map.of("id", CaseLoader.factId(caseId, 1)))
        .execute();

    ImportOutcome outcome = loader.load(document);

    assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.REJECTED);
    assertThat(outcome.detail()).contains("refused");
    assertThat(count("MATCH (c:Case) RETURN count(c)", outcome)).isZero();
    assertThat(count("MATCH (k:Concept) RETURN count(k)", outcome)).isZero();
    assertThat(count("MATCH (f:Fact) RETURN count(f)", outcome)).isEqualTo(1);
  }

  @Test
  void shouldRejectACaseOverTheFactCeilingWritingNothingOfItAndKeepTheRestOfTheBatch()
      throws IOException {
    CaseLoader bounded =
        new CaseLoader(
            graph,
            extractor,
            extractor.linkMinimum(),
            new ImportLimits(10, Duration.ofSeconds(10)));
    CaseDocument large = documents.fromBytes(sample(), "sample.txt", null);
    CaseDocument small = documents.fromString("She had a fever and a cough.", "small.txt", null);

    List<ImportOutcome> outcomes = bounded.loadAll(List.of(large, small));

    assertThat(outcomes.get(0).status()).isEqualTo(ImportOutcome.Status.REJECTED);
    assertThat(outcomes.get(0).detail())
        .matches("the text gives \\d+ facts, over the limit of 10 per case; nothing was written");
    assertThat(outcomes.get(1).status()).isEqualTo(ImportOutcome.Status.IMPORTED);
    assertThat(count("MATCH (c:Case) RETURN count(c)", null)).isEqualTo(1);
    assertThat(count("MATCH (c:Case {source: 'sample.txt'}) RETURN count(c)", null)).isZero();
  }

  @Test
  void shouldRejectACaseWhoseExtractionOverrunsItsBudgetWritingNothing() {
    CaseLoader hurried =
        new CaseLoader(
            graph,
            extractor,
            extractor.linkMinimum(),
            new ImportLimits(2_000, Duration.ofMillis(1)));
    CaseDocument longText =
        documents.fromString("The patient was well. ".repeat(20_000), "long.txt", null);

    ImportOutcome outcome = hurried.load(longText);

    assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.REJECTED);
    assertThat(outcome.detail())
        .isEqualTo("extraction took longer than its budget of 1 ms; nothing was written");
    assertThat(count("MATCH (n) WHERE NOT n:KbMigration RETURN count(n)", null)).isZero();
  }

  @Test
  void shouldCommitNothingOnceTheCallerHasGivenUpAndRefuseToGiveUpAfterTheCommit()
      throws IOException {
    CaseDocument document = documents.fromBytes(sample(), "sample.txt", null);
    ImportGuard abandoned = ImportGuard.within(Duration.ofSeconds(30));
    assertThat(abandoned.giveUp()).isTrue();

    ImportOutcome outcome = loader.load(document, abandoned);

    assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.REJECTED);
    assertThat(outcome.detail()).contains("gave up").contains("nothing was written");
    assertThat(count("MATCH (n) WHERE NOT n:KbMigration RETURN count(n)", null)).isZero();

    ImportGuard kept = ImportGuard.within(Duration.ofSeconds(30));
    assertThat(loader.load(document, kept).status()).isEqualTo(ImportOutcome.Status.IMPORTED);
    // Committed: too late to give up, the caller must report the case.
    assertThat(kept.giveUp()).isFalse();
    assertThat(count("MATCH (c:Case) RETURN count(c)", null)).isEqualTo(1);
  }

  @Test
  void shouldStopExtractingWhenTheCallersTimeRunsOutFirst() {
    CaseDocument longText =
        documents.fromString("The patient was well. ".repeat(20_000), "long.txt", null);

    ImportOutcome outcome = loader.load(longText, ImportGuard.within(Duration.ofMillis(1)));

    assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.REJECTED);
    assertThat(outcome.detail()).contains("longer than its budget of 1 ms");
    assertThat(count("MATCH (n) WHERE NOT n:KbMigration RETURN count(n)", null)).isZero();
  }

  @Test
  void shouldWriteABatchInOneGoAndStillKeepEachCaseAllOrNothing() {
    List<CaseDocument> batch =
        List.of(
            documents.fromString("He had a fever and was given paracetamol.", "a", null),
            documents.fromString("She had a cough; a chest X-ray showed pneumonia.", "b", null),
            documents.fromString("He had a fever and was given paracetamol.", "a-again", null),
            documents.fromString("A rash appeared after amoxicillin.", "c", null));
    String poisoned = CaseLoader.caseId(CaseLoader.contentHash(batch.get(1).text()));
    driver
        .executableQuery("CREATE (:Fact {id: $id})")
        .withParameters(Map.of("id", CaseLoader.factId(poisoned, 0)))
        .execute();

    List<ImportOutcome> outcomes = loader.loadAll(batch);

    assertThat(outcomes)
        .extracting(ImportOutcome::status)
        .containsExactly(
            ImportOutcome.Status.IMPORTED,
            ImportOutcome.Status.REJECTED,
            ImportOutcome.Status.UNCHANGED,
            ImportOutcome.Status.IMPORTED);
    assertThat(count("MATCH (c:Case) RETURN count(c)", null)).isEqualTo(2);
    assertThat(count("MATCH (c:Case) WHERE c.source IN ['a', 'c'] RETURN count(c)", null))
        .isEqualTo(2);
  }

  @Test
  void shouldNotDuplicateConceptsWhenImportersRunConcurrently() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      texts.add(
          "Case "
              + i
              + "\n\nA "
              + (30 + i)
              + "-year-old woman presented with fever, cough and headache."
              + " A chest X-ray showed pneumonia. She was treated with amoxicillin.");
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<ImportOutcome>> outcomes = new ArrayList<>();
    for (String text : texts) {
      outcomes.add(
          pool.submit(
              () ->
                  new CaseLoader(graph, extractor)
                      .load(
                          documents.fromBytes(text.getBytes(StandardCharsets.UTF_8), null, null))));
    }
    pool.shutdown();
    for (Future<ImportOutcome> outcome : outcomes) {
      assertThat(outcome.get().status()).isEqualTo(ImportOutcome.Status.IMPORTED);
    }

    assertThat(count("MATCH (c:Case) RETURN count(c)", null)).isEqualTo(24);
    assertThat(
            count(
                "MATCH (k:Concept) WITH k.kind AS kind, k.id AS id, count(*) AS n"
                    + " WHERE n > 1 RETURN count(*)",
                null))
        .isZero();
    assertThat(count("MATCH (k:Drug {name: 'Amoxicillin'}) RETURN count(k)", null)).isEqualTo(1);
    assertThat(
            count(
                """
                MATCH (:Diagnosis {name: 'Pneumonia'})-[r:PRESENTS_WITH]->(s:Symptom)
                WHERE toLower(s.name) CONTAINS 'fever'
                RETURN count(r) * 1000 + sum(r.cases)
                """,
                null))
        .as("one edge, no update lost")
        .isEqualTo(1024);
  }

  @Test
  void shouldDeleteACaseAndTheConceptsOnlyItMentioned() {
    ImportOutcome fever =
        loader.load(documents.fromString("She had a fever and a rash.", null, null));
    ImportOutcome cough =
        loader.load(documents.fromString("He had a fever and a cough.", null, null));

    assertThat(loader.delete(cough.caseId())).isTrue();
    assertThat(loader.delete(cough.caseId())).isFalse();

    assertThat(count("MATCH (c:Case) RETURN count(c)", fever)).isEqualTo(1);
    assertThat(count("MATCH (k:Symptom) WHERE k.name =~ '(?i)fever' RETURN count(k)", fever))
        .isEqualTo(1);
    assertThat(count("MATCH (k:Symptom) WHERE k.name =~ '(?i)cough' RETURN count(k)", fever))
        .isZero();
    assertThat(count("MATCH (f:Fact) WHERE NOT (f)<-[:HAS_FACT]-() RETURN count(f)", fever))
        .isZero();
  }

  @Test
  void shouldKeepKnowledgeEdgeCountsRightOnImportReimportAndDelete() {
    ImportOutcome first =
        loader.load(
            documents.fromString(
                "He had a fever. He developed a rash after amoxicillin.", "one.txt", null));
    ImportOutcome second =
        loader.load(
            documents.fromString(
                "She was given amoxicillin and developed a rash after amoxicillin.",
                "two.txt",
                null));
    assertThat(first.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
    assertThat(second.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
    String causes =
        """
        MATCH (:Drug {name: 'Amoxicillin'})-[r:CAUSES]->(:Symptom)
        RETURN coalesce(sum(r.cases), 0)
        """;
    assertThat(count(causes, null)).isEqualTo(2);

    loader.load(
        documents.fromString(
            "He had a fever. He developed a rash after amoxicillin.", "again.txt", null));
    assertThat(count(causes, null)).as("a re-import counts nothing twice").isEqualTo(2);

    loader.delete(second.caseId());
    assertThat(count(causes, null)).isEqualTo(1);
    loader.delete(first.caseId());
    assertThat(count("MATCH ()-[r:CAUSES]->() RETURN count(r)", null)).isZero();
  }

  @Test
  void shouldCountSymptomsPresentAndRuledOutForADiagnosis() {
    loader.load(
        documents.fromString(
            "A man with pneumonia had a fever and a cough but no chest pain.", null, null));
    ImportOutcome second =
        loader.load(
            documents.fromString("A woman with pneumonia had chest pain and a fever.", null, null));

    String edge =
        """
        MATCH (:Diagnosis {name: 'Pneumonia'})-[r:PRESENTS_WITH]->(s:Symptom)
        WHERE toLower(s.name) CONTAINS $symptom
        RETURN r.cases * 1000 + r.absentCases
        """;
    assertThat(countWith(edge, Map.of("symptom", "fever"))).isEqualTo(2000);
    assertThat(countWith(edge, Map.of("symptom", "chest pain"))).isEqualTo(1001);

    loader.delete(second.caseId());
    assertThat(countWith(edge, Map.of("symptom", "chest pain"))).isEqualTo(1);
  }

  @Test
  void shouldPointASideEffectAtTheFindingsOwnConcept() {
    CaseLoader sure = new CaseLoader(graph, TunedExtractor.sure(extractor), 0.5);
    ImportOutcome blamed =
        sure.load(documents.fromString("She developed a rash after amoxicillin.", null, null));
    sure.load(documents.fromString("He had a rash and a fever.", null, null));

    assertThat(count("MATCH (k:SideEffect) RETURN count(k)", null)).isZero();
    assertThat(
            count(
                """
                MATCH (:Case {id: $id})-[:HAS_FACT]->(f:Fact {kind: 'SideEffect'})
                      -[:ABOUT]->(k:Symptom {id: 'HP:0000988'})
                WHERE f.concept = 'Symptom/HP:0000988'
                RETURN count(f)
                """,
                blamed))
        .isEqualTo(1);
    assertThat(
            count(
                """
                MATCH (k:Symptom {id: 'HP:0000988'})
                RETURN collect(k.cases * 10 + k.affirmedCases)[0] + count(k) * 100
                """,
                null))
        .as("one rash, reported by both cases")
        .isEqualTo(122);
    assertThat(
            count(
                """
                MATCH (:Drug {name: 'Amoxicillin'})-[r:CAUSES]->(:Symptom {id: 'HP:0000988'})
                RETURN r.cases * 10 + r.allCases
                """,
                null))
        .isEqualTo(11);
  }

  @Test
  void shouldStoreAWeakLinkButCountItOnlyAmongAllLinks() {
    CaseLoader weak =
        new CaseLoader(
            graph,
            new TunedExtractor(
                extractor,
                extractor.version(),
                (text, r) -> text.contains("rash") ? 0.2 : 0.9,
                false),
            0.5);
    ImportOutcome rash =
        weak.load(documents.fromString("She developed a rash after amoxicillin.", null, null));
    weak.load(documents.fromString("He developed a headache after amoxicillin.", null, null));

    assertThat(
            count(
                """
                MATCH (:Case {id: $id})-[:HAS_FACT]->(d:Fact)-[r:CAUSES]->(f:Fact)
                WITH r, f, toInteger(r.confidence * 100)
                           + CASE f.kind WHEN 'Symptom' THEN 0 ELSE 500 END AS value
                RETURN count(r) * 1000 + sum(value)
                """,
                rash))
        .as("the link is stored with its confidence; the rash stays a symptom")
        .isEqualTo(1020);
    assertThat(count("MATCH (c:Case {id: $id}) RETURN toInteger(c.minConfidence * 10)", rash))
        .isEqualTo(5);
    assertThat(
            count(
                """
                MATCH (:Drug)-[r:CAUSES]->(k:Symptom)
                RETURN sum(CASE k.id WHEN 'HP:0000988' THEN r.cases * 10 + r.allCases END) * 100
                       + sum(CASE k.id WHEN 'HP:0002315' THEN r.cases * 10 + r.allCases END)
                """,
                null))
        .as("rash: 0 confident of 1; headache: 1 of 1")
        .isEqualTo(111);
    List<Double> read =
        extractor.extract("She developed a rash after amoxicillin.").mentions().stream()
            .map(Mention::confidence)
            .toList();
    assertThat(
            driver
                .executableQuery(
                    "MATCH (:Case {id: $id})-[:HAS_FACT]->(f:Fact)"
                        + " RETURN f.confidence AS c ORDER BY f.index")
                .withParameters(Map.of("id", rash.caseId()))
                .execute()
                .records()
                .stream()
                .map(r -> r.get("c").asDouble())
                .toList())
        .as("each fact keeps its mention's confidence")
        .isEqualTo(read);
  }

  @Test
  void shouldSubtractExactlyWhatTheImportAddedWhateverTheMinimumIsNow() {
    CaseDocument first =
        documents.fromString(
            "A man with pneumonia had a fever. He developed a rash after amoxicillin.", "a", null);
    CaseDocument second =
        documents.fromString(
            "A woman with pneumonia had a cough. She developed a rash and diarrhea after"
                + " amoxicillin, and EMG showed fasciculations.",
            "b",
            null);
    new CaseLoader(graph, extractor, 0.5).load(first);
    List<String> firstAlone = GraphSnapshot.of(driver);

    CaseLoader mixed =
        new CaseLoader(
            graph,
            new TunedExtractor(
                extractor,
                extractor.version(),
                (text, r) -> r.type() == RelationType.CAUSES && r.to() % 2 == 0 ? 0.3 : 0.8,
                false),
            0.5);
    ImportOutcome added = mixed.load(second);
    assertThat(added.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
    assertThat(GraphSnapshot.of(driver)).isNotEqualTo(firstAlone);

    // Deleted by a loader with another minimum: the case's own minimum decides what it counted.
    assertThat(new CaseLoader(graph, extractor, 0.9).delete(added.caseId())).isTrue();

    assertThat(GraphSnapshot.of(driver)).isEqualTo(firstAlone);
  }

  @Test
  void shouldReextractStaleCasesIntoTheGraphAFreshImportWouldGive() throws IOException {
    List<CaseDocument> texts = new ArrayList<>();
    CaseGenerator generator = CaseGenerator.withBundledLexicon(7);
    for (int i = 0; i < 16; i++) {
      SyntheticCase generated = generator.generate(i);
      texts.add(documents.fromString(generated.text(), generated.source(), generated.title()));
    }
    texts.add(documents.fromBytes(sample(), "sample.txt", null));
    // An older reading: half the mentions of each text, every drug blamed only weakly.
    CaseLoader old =
        new CaseLoader(
            graph,
            new TunedExtractor(
                extractor, "old", (text, r) -> r.type() == RelationType.CAUSES ? 0.3 : 1.0, true),
            0.5);
    assertThat(old.loadAll(texts))
        .extracting(ImportOutcome::status)
        .containsOnly(ImportOutcome.Status.IMPORTED);
    List<String> before = GraphSnapshot.of(driver);
    CaseLoader current = new CaseLoader(graph, extractor, 0.5);
    assertThat(current.staleCount()).isEqualTo(texts.size());

    List<ReextractOutcome> outcomes = new ArrayList<>();
    current.reextractStale(5, () -> false, outcomes::add);
    List<String> reextracted = GraphSnapshot.of(driver);
    assertThat(reextracted).isNotEqualTo(before);

    assertThat(outcomes)
        .hasSize(texts.size())
        .extracting(ReextractOutcome::status)
        .containsOnly(ReextractOutcome.Status.REEXTRACTED);
    assertThat(current.staleCount()).as("a second run finds nothing to do").isZero();
    assertThat(current.reextract(List.of(outcomes.getFirst().caseId())))
        .extracting(ReextractOutcome::status)
        .containsExactly(ReextractOutcome.Status.CURRENT);
    assertThat(GraphSnapshot.of(driver)).isEqualTo(reextracted);

    emptyGraph();
    current.loadAll(texts);
    assertThat(reextracted).isEqualTo(GraphSnapshot.of(driver));
    assertThat(reextracted).anyMatch(line -> line.contains("kind=SideEffect"));
  }

  @Test
  void shouldReextractCasesCountedWithAnotherMinimum() {
    CaseDocument text =
        documents.fromString("She developed a rash after amoxicillin.", "rash", null);
    CaseLoader lenient =
        new CaseLoader(
            graph, new TunedExtractor(extractor, extractor.version(), (t, r) -> 0.4, false), 0.3);
    ImportOutcome outcome = lenient.load(text);
    assertThat(count("MATCH (f:Fact {kind: 'SideEffect'}) RETURN count(f)", outcome)).isEqualTo(1);

    CaseLoader strict =
        new CaseLoader(
            graph, new TunedExtractor(extractor, extractor.version(), (t, r) -> 0.4, false), 0.5);
    assertThat(strict.staleIds(null, 10)).containsExactly(outcome.caseId());
    strict.reextract(List.of(outcome.caseId()));

    assertThat(count("MATCH (f:Fact {kind: 'SideEffect'}) RETURN count(f)", outcome)).isZero();
    assertThat(count("MATCH ()-[r:CAUSES]->() RETURN sum(r.cases) * 10 + sum(r.allCases)", null))
        .isEqualTo(1);
  }

  private long countWith(String cypher, Map<String, Object> parameters) {
    return driver
        .executableQuery(cypher)
        .withParameters(parameters)
        .execute()
        .records()
        .getFirst()
        .get(0)
        .asLong();
  }

  private long count(String cypher, ImportOutcome outcome) {
    return driver
        .executableQuery(cypher)
        .withParameters(
            outcome == null || outcome.caseId() == null ? Map.of() : Map.of("id", outcome.caseId()))
        .execute()
        .records()
        .getFirst()
        .get(0)
        .asLong();
  }

  private static byte[] sample() throws IOException {
    try (InputStream in =
        CaseLoaderTest.class
            .getClassLoader()
            .getResourceAsStream("kb/samples/cramp-fasciculation-syndrome.txt")) {
      return in.readAllBytes();
    }
  }
}
