package dev.kb.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kb.core.embedded.EmbeddedNeo4j;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ClientException;

class SchemaMigrationsTest {

  @TempDir static Path dataDir;
  static EmbeddedNeo4j neo4j;
  static Driver driver;

  @BeforeAll
  static void start() {
    neo4j = EmbeddedNeo4j.start(dataDir, 0);
    driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
  }

  @AfterAll
  static void stop() {
    driver.close();
    neo4j.close();
  }

  @Test
  void shouldApplyEveryMigrationOnceAndNothingOnTheSecondRun() {
    new SchemaMigrations(driver).migrate();
    List<String> second = new SchemaMigrations(driver).migrate();

    assertThat(second).isEmpty();
    List<String> recorded =
        driver
            .executableQuery("MATCH (m:KbMigration) RETURN m.version AS v ORDER BY v")
            .execute()
            .records()
            .stream()
            .map(r -> r.get("v").asString())
            .toList();
    assertThat(recorded).isEqualTo(SchemaMigrations.load().stream().map(m -> m.version()).toList());
    List<String> constraints =
        driver
            .executableQuery("SHOW CONSTRAINTS YIELD name RETURN name")
            .execute()
            .records()
            .stream()
            .map(r -> r.get("name").asString())
            .toList();
    assertThat(constraints)
        .contains(
            "case_id",
            "fact_id",
            "symptom_id",
            "investigation_id",
            "diagnosis_id",
            "drug_id",
            "side_effect_id");
  }

  @Test
  void shouldEnforceUniqueConceptIdsWithinAKind() {
    new SchemaMigrations(driver).migrate();
    driver.executableQuery("CREATE (:Drug:Concept {id: 'DRUGBANK:DB0', name: 'a'})").execute();

    assertThatThrownBy(
            () ->
                driver
                    .executableQuery("CREATE (:Drug:Concept {id: 'DRUGBANK:DB0', name: 'b'})")
                    .execute())
        .isInstanceOf(ClientException.class)
        .hasMessageContaining("already exists");
  }

  @Test
  void shouldFindConceptsBySynonymInTheFullTextIndex() {
    new SchemaMigrations(driver).migrate();
    driver
        .executableQuery(
            """
            CREATE (:Symptom:Concept {id: 'HP:0002380', kind: 'Symptom', name: 'Fasciculations',
                                      synonyms: ['muscle twitching', 'twitches']})
            """)
        .execute();
    driver.executableQuery("CALL db.awaitIndexes(30)").execute();

    var hits =
        driver
            .executableQuery(
                "CALL db.index.fulltext.queryNodes('concept_names', $q) YIELD node RETURN node.name")
            .withParameters(Map.of("q", "twitching"))
            .execute()
            .records();
    assertThat(hits).extracting(r -> r.get(0).asString()).containsExactly("Fasciculations");
  }

  @Test
  void shouldGiveFactsImportedBeforeTheFactIndexTheirKeysInBatches() {
    new SchemaMigrations(driver).migrate();
    // A fact as the loader wrote it before V009, and V010 not yet applied.
    driver
        .executableQuery(
            """
            CREATE (:Case {id: 'case-old', importedAt: datetime('2026-01-02T03:04:05Z')})
                   -[:HAS_FACT]->(:Fact {id: 'case-old-f0', polarity: 'AFFIRMED'})
                   -[:ABOUT]->(:Diagnosis:Concept {kind: 'Diagnosis', id: 'MONDO:0000001'})
            """)
        .execute();
    driver
        .executableQuery(
            "MATCH (m:KbMigration {version: 'V010__fact_concept_case_values'}) DELETE m")
        .execute();
    assertThat(SchemaMigrations.load())
        .filteredOn(m -> m.version().equals("V010__fact_concept_case_values"))
        .singleElement()
        .matches(SchemaMigrations.Migration::batched);

    List<String> applied = new SchemaMigrations(driver).migrate();

    assertThat(applied).containsExactly("V010__fact_concept_case_values");
    var fact =
        driver
            .executableQuery(
                """
                MATCH (f:Fact {id: 'case-old-f0'})
                RETURN f.concept AS concept, f.caseId AS caseId,
                       toString(f.caseImportedAt) AS at
                """)
            .execute()
            .records()
            .getFirst();
    assertThat(fact.get("concept").asString()).isEqualTo("Diagnosis/MONDO:0000001");
    assertThat(fact.get("caseId").asString()).isEqualTo("case-old");
    assertThat(fact.get("at").asString()).isEqualTo("2026-01-02T03:04:05Z");
  }

  @Test
  void shouldSplitScriptsIntoStatements() {
    assertThat(SchemaMigrations.statements("// c\nCREATE (a);\nCREATE\n (b);\n"))
        .containsExactly("CREATE (a)", "CREATE\n (b)");
  }
}
