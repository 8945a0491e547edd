package dev.kb.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kb.core.embedded.EmbeddedNeo4j;
import dev.kb.core.hash.Sha256;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
            .executableQuery(
                "MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE'"
                    + " RETURN m.source AS v ORDER BY v")
            .execute()
            .records()
            .stream()
            .map(r -> SchemaMigrations.stem(r.get("v").asString()))
            .toList();
    assertThat(recorded).isEqualTo(SchemaMigrations.versions());
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
    new SchemaMigrations(driver).forget("V010__fact_concept_case_values");
    // Commits in batches, which Neo4j allows only in an auto-commit transaction.
    assertThat(SchemaMigrations.read("V010__fact_concept_case_values.cypher"))
        .contains("IN TRANSACTIONS");

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
  void shouldMoveSideEffectsToTheFindingsOwnConceptsAndRecountTheirEdges() {
    new SchemaMigrations(driver).migrate();
    driver.executableQuery("MATCH (n) WHERE NOT n:__Neo4jMigration DETACH DELETE n").execute();
    // As the loader wrote them before V011: case 1 blames carbamazepine for somnolence (a
    // SideEffect node, with its CAUSES edge) and an EEG revealed it; case 2 reports somnolence as
    // a symptom, revealed by an EEG too; case 3 blames the drug for somnolence and for hepatitis,
    // which no case reports otherwise; case 4 rules out somnolence.
    driver
        .executableQuery(
            """
            CREATE (drug:Drug:Concept {kind: 'Drug', id: 'DRUGBANK:DB00564',
                                       name: 'Carbamazepine', cases: 2, affirmedCases: 2})
            CREATE (eeg:Investigation:Concept {kind: 'Investigation', id: 'MESH:D004569',
                                               name: 'EEG', cases: 2, affirmedCases: 2})
            CREATE (seSomnolence:SideEffect:Concept {kind: 'SideEffect', id: 'HP:0001262',
                    name: 'Somnolence', synonyms: ['drowsiness'], codes: ['HP:0001262'],
                    cases: 2, affirmedCases: 2})
            CREATE (somnolence:Symptom:Concept {kind: 'Symptom', id: 'HP:0001262',
                    name: 'Somnolence', synonyms: ['drowsiness'], codes: ['HP:0001262'],
                    cases: 2, affirmedCases: 1})
            CREATE (seHepatitis:SideEffect:Concept {kind: 'SideEffect', id: 'MONDO:0002251',
                    name: 'Hepatitis', synonyms: [], codes: ['MONDO:0002251'],
                    cases: 1, affirmedCases: 1})
            CREATE (drug)-[:CAUSES {cases: 2, absentCases: 0, mentions: 2}]->(seSomnolence)
            CREATE (drug)-[:CAUSES {cases: 1, absentCases: 0, mentions: 1}]->(seHepatitis)
            CREATE (eeg)-[:REVEALS {cases: 1, absentCases: 0, mentions: 1}]->(seSomnolence)
            CREATE (eeg)-[:REVEALS {cases: 1, absentCases: 0, mentions: 1}]->(somnolence)
            CREATE (c1:Case {id: 'case-1', importedAt: datetime()}),
                   (c2:Case {id: 'case-2', importedAt: datetime()}),
                   (c3:Case {id: 'case-3', importedAt: datetime()}),
                   (c4:Case {id: 'case-4', importedAt: datetime()})
            CREATE (c1)-[:HAS_FACT]->(d1:Fact {id: 'case-1-f0', kind: 'Drug', polarity: 'AFFIRMED',
                                               concept: 'Drug/DRUGBANK:DB00564'})-[:ABOUT]->(drug)
            CREATE (c1)-[:HAS_FACT]->(e1:Fact {id: 'case-1-f1', kind: 'Investigation',
                                               polarity: 'AFFIRMED'})-[:ABOUT]->(eeg)
            CREATE (c1)-[:HAS_FACT]->(s1:Fact {id: 'case-1-f2', kind: 'SideEffect',
                                               polarity: 'AFFIRMED', concept: 'SideEffect/HP:0001262'})
                   -[:ABOUT]->(seSomnolence)
            CREATE (d1)-[:CAUSES]->(s1), (e1)-[:REVEALS]->(s1)
            CREATE (c2)-[:HAS_FACT]->(e2:Fact {id: 'case-2-f0', kind: 'Investigation',
                                               polarity: 'AFFIRMED'})-[:ABOUT]->(eeg)
            CREATE (c2)-[:HAS_FACT]->(s2:Fact {id: 'case-2-f1', kind: 'Symptom',
                                               polarity: 'AFFIRMED', concept: 'Symptom/HP:0001262'})
                   -[:ABOUT]->(somnolence)
            CREATE (e2)-[:REVEALS]->(s2)
            CREATE (c3)-[:HAS_FACT]->(d3:Fact {id: 'case-3-f0', kind: 'Drug', polarity: 'AFFIRMED'})
                   -[:ABOUT]->(drug)
            CREATE (c3)-[:HAS_FACT]->(h3:Fact {id: 'case-3-f1', kind: 'SideEffect',
                                               polarity: 'AFFIRMED'})-[:ABOUT]->(seHepatitis)
            CREATE (c3)-[:HAS_FACT]->(s3:Fact {id: 'case-3-f2', kind: 'SideEffect',
                                               polarity: 'AFFIRMED'})-[:ABOUT]->(seSomnolence)
            CREATE (d3)-[:CAUSES]->(h3), (d3)-[:CAUSES]->(s3)
            CREATE (c4)-[:HAS_FACT]->(:Fact {id: 'case-4-f0', kind: 'Symptom', polarity: 'NEGATED'})
                   -[:ABOUT]->(somnolence)
            """)
        .execute();
    new SchemaMigrations(driver).forget("V011__side_effects_are_findings");
    new SchemaMigrations(driver).forget("V012__link_confidence");

    List<String> applied = new SchemaMigrations(driver).migrate();

    assertThat(applied).containsExactly("V011__side_effects_are_findings", "V012__link_confidence");
    assertThat(rows("MATCH (k:SideEffect) RETURN k.id AS row")).isEmpty();
    assertThat(
            rows(
                """
                MATCH (k:Concept) WHERE k.kind IN ['Symptom', 'Diagnosis']
                RETURN k.kind + ' ' + k.id + ' ' + k.name + ' ' + k.cases + '/' + k.affirmedCases
                       + ' ' + reduce(s = '', l IN labels(k) | s + ':' + l) AS row
                """))
        .containsExactlyInAnyOrder(
            "Symptom HP:0001262 Somnolence 4/3 :Symptom:Concept",
            "Diagnosis MONDO:0002251 Hepatitis 1/1 :Diagnosis:Concept");
    assertThat(
            rows(
                """
                MATCH (a:Concept)-[r]->(b:Concept)
                RETURN a.kind + ' ' + type(r) + ' ' + b.kind + '/' + b.id + ' '
                       + r.cases + '/' + r.mentions + ' all ' + r.allCases + '/' + r.allMentions
                       AS row
                """))
        .containsExactlyInAnyOrder(
            "Drug CAUSES Symptom/HP:0001262 2/2 all 2/2",
            "Drug CAUSES Diagnosis/MONDO:0002251 1/1 all 1/1",
            "Investigation REVEALS Symptom/HP:0001262 2/2 all 2/2");
    assertThat(
            rows(
                """
                MATCH (f:Fact {kind: 'SideEffect'})-[:ABOUT]->(k:Concept)
                RETURN f.id + ' ' + f.concept + ' ' + f.confidence AS row
                """))
        .containsExactlyInAnyOrder(
            "case-1-f2 Symptom/HP:0001262 1.0",
            "case-3-f1 Diagnosis/MONDO:0002251 1.0",
            "case-3-f2 Symptom/HP:0001262 1.0");
    assertThat(
            rows(
                """
                MATCH (:Fact)-[r]->(:Fact) WITH DISTINCT r.confidence AS row
                RETURN toString(row) AS row
                """))
        .containsExactly("1.0");
    assertThat(rows("MATCH (c:Case) WITH DISTINCT c.minConfidence AS m RETURN toString(m) AS row"))
        .containsExactly("0.0");
  }

  private static List<String> rows(String cypher) {
    return driver.executableQuery(cypher).execute().records().stream()
        .map(r -> r.get("row").asString())
        .toList();
  }

  /**
   * Two instances starting at once on a new database (two importers, or kb and an importer): each
   * sees an index missing and creates it, and the second commit used to fail although the statement
   * says IF NOT EXISTS, which stopped that instance.
   */
  @Test
  void shouldLetTwoInstancesMigrateANewDatabaseAtOnce(@TempDir Path freshDir) throws Exception {
    try (EmbeddedNeo4j fresh = EmbeddedNeo4j.start(freshDir, 0);
        Driver freshDriver = GraphDatabase.driver(fresh.boltUri(), AuthTokens.none());
        ExecutorService pool = Executors.newFixedThreadPool(2)) {
      CountDownLatch ready = new CountDownLatch(2);
      Callable<List<String>> migrate =
          () -> {
            ready.countDown();
            ready.await();
            return new SchemaMigrations(freshDriver).migrate();
          };
      Future<List<String>> first = pool.submit(migrate);
      Future<List<String>> second = pool.submit(migrate);

      List<String> applied = new ArrayList<>(first.get(2, TimeUnit.MINUTES));
      applied.addAll(second.get(2, TimeUnit.MINUTES));

      List<String> versions = SchemaMigrations.versions();
      assertThat(applied).containsAll(versions);
      assertThat(new SchemaMigrations(freshDriver).migrate()).isEmpty();
      assertThat(
              freshDriver
                  .executableQuery(
                      "MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN count(m)")
                  .execute()
                  .records()
                  .getFirst()
                  .get(0)
                  .asLong())
          .isEqualTo(versions.size());
    }
  }

  /**
   * A store migrated before kb used Neo4j-Migrations: its history is the {@code :KbMigration}
   * records kb wrote then (the file name, its SHA-256, when applied), and no chain of the library.
   */
  @Test
  void shouldTakeOverTheHistoryOfAStoreMigratedBeforeAndApplyNothingAgain() {
    new SchemaMigrations(driver).migrate();
    asBeforeNeo4jMigrations(SchemaMigrations.versions());

    assertThat(new SchemaMigrations(driver).migrate()).isEmpty();

    assertThat(
            rows(
                """
                MATCH p = (:__Neo4jMigration {version: 'BASELINE'})-[:MIGRATED_TO*]->(m)
                WHERE NOT (m)-[:MIGRATED_TO]->()
                UNWIND relationships(p) AS step
                RETURN toString(step.at) AS row
                """))
        .hasSize(SchemaMigrations.versions().size())
        .containsOnly("2026-01-02T03:04:05Z");
    assertThat(new SchemaMigrations(driver).migrate()).isEmpty();
    // The library's own checksums were recorded: an edit is reported from now on.
    String checksum =
        rows("MATCH (m:__Neo4jMigration {version: '005'}) RETURN m.checksum AS row").getFirst();
    setChecksumOf005("1");
    assertThatThrownBy(() -> new SchemaMigrations(driver).migrate())
        .hasMessageContaining("Checksum of 005");
    setChecksumOf005(checksum);
  }

  private static void setChecksumOf005(String checksum) {
    driver
        .executableQuery("MATCH (m:__Neo4jMigration {version: '005'}) SET m.checksum = $checksum")
        .withParameters(Map.of("checksum", checksum))
        .execute();
  }

  @Test
  void shouldTakeOverAPartialHistoryAndApplyTheMigrationsItLacks() {
    new SchemaMigrations(driver).migrate();
    List<String> versions = SchemaMigrations.versions();
    asBeforeNeo4jMigrations(
        versions.subList(0, versions.indexOf("V011__side_effects_are_findings")));

    assertThat(new SchemaMigrations(driver).migrate())
        .containsExactly(
            "V011__side_effects_are_findings",
            "V012__link_confidence",
            "V013__concept_codes_fulltext");
    assertThat(new SchemaMigrations(driver).migrate()).isEmpty();
  }

  /** Leaves the store as kb's own runner did, having applied {@code versions}. */
  private static void asBeforeNeo4jMigrations(List<String> versions) {
    driver.executableQuery("MATCH (m:__Neo4jMigration|KbMigration) DETACH DELETE m").execute();
    for (String version : versions) {
      driver
          .executableQuery(
              """
              MERGE (m:KbMigration {version: $version})
              ON CREATE SET m.checksum = $checksum,
                            m.appliedAt = datetime('2026-01-02T03:04:05Z')
              """)
          .withParameters(
              Map.of(
                  "version",
                  version,
                  "checksum",
                  Sha256.hex(SchemaMigrations.read(version + ".cypher"))))
          .execute();
    }
  }

  @Test
  void shouldReportAMigrationEditedAfterItWasApplied(@TempDir Path editedDir) {
    try (EmbeddedNeo4j edited = EmbeddedNeo4j.start(editedDir, 0);
        Driver editedDriver = GraphDatabase.driver(edited.boltUri(), AuthTokens.none())) {
      new SchemaMigrations(editedDriver).migrate();
      // As if V003's file had changed since: its recorded checksum no longer matches.
      editedDriver
          .executableQuery("MATCH (m:__Neo4jMigration {version: '003'}) SET m.checksum = '1'")
          .execute();

      assertThatThrownBy(() -> new SchemaMigrations(editedDriver).migrate())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Checksum of 003 (\"drop concept kind id index\") changed")
          .hasMessageContaining("add a new one");
    }
  }

  /**
   * A store that an instance killed while migrating left with the library's lock node: the next
   * start removes it and migrates, where Neo4j-Migrations alone would refuse until removed by hand.
   */
  @Test
  void shouldMigrateAfterAnInstanceDiedHoldingTheLibrarysLock() {
    new SchemaMigrations(driver).migrate();
    new SchemaMigrations(driver).forget("V012__link_confidence");
    driver
        .executableQuery("CREATE (:__Neo4jMigrationsLock {id: 'gone', name: 'John Doe'})")
        .execute();

    assertThat(new SchemaMigrations(driver).migrate()).containsExactly("V012__link_confidence");
    assertThat(rows("MATCH (l:__Neo4jMigrationsLock) RETURN l.id AS row")).isEmpty();
  }
}
