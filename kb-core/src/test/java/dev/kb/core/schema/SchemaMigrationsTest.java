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
  void shouldSplitScriptsIntoStatements() {
    assertThat(SchemaMigrations.statements("// c\nCREATE (a);\nCREATE\n (b);\n"))
        .containsExactly("CREATE (a)", "CREATE\n (b)");
  }
}
