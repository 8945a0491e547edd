package dev.kb.importer.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.embedded.EmbeddedNeo4j;
import dev.kb.core.schema.SchemaMigrations;
import dev.kb.importer.extract.LexiconExtractor;
import dev.kb.importer.lexicon.GenericConcepts;
import dev.kb.importer.synthetic.CaseGenerator;
import dev.kb.importer.synthetic.SyntheticCase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The migrations V011 and V012 bring a store written by the loader of before (side effects as
 * concept nodes of their own, no confidences) to the graph this loader writes for the same texts.
 */
class SideEffectMigrationTest {

  @TempDir static Path dataDir;
  static EmbeddedNeo4j neo4j;
  static Driver driver;

  @BeforeAll
  static void start() {
    neo4j = EmbeddedNeo4j.start(dataDir, 0);
    driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
    new SchemaMigrations(driver).migrate();
  }

  @AfterAll
  static void stop() {
    driver.close();
    neo4j.close();
  }

  @Test
  void shouldTurnTheOldShapeIntoWhatTheLoaderWritesNow() {
    Documents documents = new Documents();
    List<CaseDocument> texts = new ArrayList<>();
    CaseGenerator generator = CaseGenerator.withBundledLexicon(11);
    for (int i = 0; i < 40; i++) {
      SyntheticCase generated = generator.generate(i);
      texts.add(documents.fromString(generated.text(), generated.source(), generated.title()));
    }
    // Before confidences the rules were sure of every fact and link, and every link counted: a
    // minimum of 0, as V012 records on old cases.
    new CaseLoader(
            GraphWriter.over(driver), TunedExtractor.sure(LexiconExtractor.withBundledData()), 0.0)
        .loadAll(texts);
    // Concepts' ancestors (ADR 013) come with re-extraction, not with these migrations: the
    // stores of before had none, and the comparison leaves them out.
    run("MATCH (k:Concept) REMOVE k.ancestors", Map.of());
    List<String> now = GraphSnapshot.of(driver);
    assertThat(now).anyMatch(line -> line.contains("kind=SideEffect"));

    writeAsBefore();
    List<String> before = GraphSnapshot.of(driver);
    assertThat(before).anyMatch(line -> line.startsWith("concept SideEffect/"));
    new SchemaMigrations(driver).forget("V011__side_effects_are_findings");
    new SchemaMigrations(driver).forget("V012__link_confidence");

    assertThat(new SchemaMigrations(driver).migrate())
        .containsExactly("V011__side_effects_are_findings", "V012__link_confidence");

    assertThat(GraphSnapshot.of(driver)).isEqualTo(now);
  }

  /**
   * Rewrites the graph the way the loader wrote it before V011: each side effect fact about a
   * {@code SideEffect} node of its finding's id, the knowledge edges from links recounted with
   * those ends (generic outcomes join none), concepts counting the cases of their own facts, and no
   * confidences.
   */
  private static void writeAsBefore() {
    run(
        """
        MATCH (f:Fact {kind: 'SideEffect'})-[about:ABOUT]->(k:Concept)
        MERGE (s:Concept {kind: 'SideEffect', id: k.id})
        ON CREATE SET s:SideEffect, s.name = k.name, s.synonyms = k.synonyms, s.codes = k.codes
        CREATE (f)-[:ABOUT]->(s)
        SET f.concept = 'SideEffect/' + k.id
        DELETE about
        """,
        Map.of());
    run("MATCH (:Concept)-[r:TREATS|CAUSES|REVEALS]->(:Concept) DELETE r", Map.of());
    List<String> generic =
        driver
            .executableQuery("MATCH (k:Concept) RETURN DISTINCT k.id AS id")
            .execute()
            .records()
            .stream()
            .map(r -> r.get("id").asString())
            .filter(GenericConcepts.bundled()::contains)
            .toList();
    run(
        """
        MATCH (c:Case)-[:HAS_FACT]->(x:Fact)-[link:TREATS|CAUSES|REVEALS]->(y:Fact),
              (x)-[:ABOUT]->(a:Concept), (y)-[:ABOUT]->(b:Concept)
        WHERE NOT a.id IN $generic AND NOT b.id IN $generic
        WITH a, b, type(link) AS type, count(DISTINCT c) AS cases, count(link) AS mentions
        MERGE (a)-[e:$(type)]->(b)
        SET e.cases = cases, e.mentions = mentions, e.absentCases = 0
        """,
        Map.of("generic", generic));
    run(
        """
        MATCH (k:Concept)
        CALL (k) {
          OPTIONAL MATCH (k)<-[:ABOUT]-(f:Fact)<-[:HAS_FACT]-(c:Case)
          RETURN count(DISTINCT c) AS mentioned,
                 count(DISTINCT CASE WHEN f.polarity = 'AFFIRMED' THEN c END) AS affirmed
        }
        SET k.cases = mentioned, k.affirmedCases = affirmed
        """,
        Map.of());
    run("MATCH (k:Concept) WHERE k.cases = 0 DETACH DELETE k", Map.of());
    run("MATCH (f:Fact) REMOVE f.confidence", Map.of());
    run("MATCH (:Fact)-[r]->(:Fact) REMOVE r.confidence", Map.of());
    run("MATCH (c:Case) REMOVE c.minConfidence", Map.of());
    run("MATCH (:Concept)-[r]->(:Concept) REMOVE r.allCases, r.allMentions", Map.of());
  }

  private static void run(String cypher, Map<String, Object> parameters) {
    driver.executableQuery(cypher).withParameters(parameters).execute();
  }
}
