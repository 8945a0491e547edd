package dev.kb.core.schema;

import ac.simons.neo4j.migrations.core.MigrationChain;
import ac.simons.neo4j.migrations.core.Migrations;
import dev.kb.core.hash.Sha256;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes over the history kb kept before it used Neo4j-Migrations into the library's chain, once.
 *
 * <p>kb recorded each applied migration as a {@code :KbMigration} node: the file name without
 * extension, the SHA-256 of the file and when it was applied. Neo4j-Migrations knows only its own
 * chain ({@code (:__Neo4jMigration {version: 'BASELINE'})-[:MIGRATED_TO]->(...)}), and would apply
 * every migration again on such a store. So, when a store has {@code :KbMigration} records and no
 * chain yet, the migrations they name are written into the chain, in order, with the library's
 * checksums of the files as they are now and the times they were applied. From then on the library
 * reports an edited migration; one already edited before the take-over is reported here, as kb did.
 * The {@code :KbMigration} nodes stay, as the record of what happened before.
 */
final class KbMigrationHistory {

  private static final Logger log = LoggerFactory.getLogger(KbMigrationHistory.class);

  private final Driver driver;

  KbMigrationHistory(Driver driver) {
    this.driver = driver;
  }

  /** Writes the chain from the {@code :KbMigration} records, if there are some and no chain. */
  void adoptInto(Migrations migrations) {
    try (Session session = driver.session(SessionConfig.defaultConfig())) {
      boolean chained =
          session.executeRead(
              tx ->
                  tx.run(
                          "MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE'"
                              + " RETURN count(m) > 0")
                      .single()
                      .get(0)
                      .asBoolean());
      Map<String, Record> recorded = new HashMap<>();
      session
          .executeRead(
              tx ->
                  tx.run(
                          "MATCH (m:KbMigration) RETURN m.version AS version,"
                              + " m.checksum AS checksum, m.appliedAt AS appliedAt")
                      .list())
          .forEach(r -> recorded.put(r.get("version").asString(), r));
      if (chained || recorded.isEmpty()) {
        return;
      }
      var local = migrations.info(MigrationChain.ChainBuilderMode.LOCAL).getElements();
      Set<String> known =
          local.stream()
              .map(element -> SchemaMigrations.stem(element.getSource()))
              .collect(Collectors.toSet());
      recorded.keySet().stream()
          .filter(version -> !known.contains(version))
          .forEach(version -> log.warn("Recorded migration {} has no file; left out", version));
      int adopted =
          session.executeWrite(
              tx -> {
                tx.run("MERGE (:__Neo4jMigration {version: 'BASELINE'})").consume();
                String previous = "BASELINE";
                int count = 0;
                for (MigrationChain.Element element : local) {
                  Record record = recorded.get(SchemaMigrations.stem(element.getSource()));
                  if (record == null) {
                    continue;
                  }
                  reportIfEdited(element.getSource(), record.get("checksum").asString(null));
                  tx.run(
                          """
                          MATCH (previous:__Neo4jMigration {version: $previous})
                          CREATE (previous)-[:MIGRATED_TO {at: coalesce($at, datetime()),
                                     in: duration('PT0S'), by: $by, connectedAs: 'KbMigration'}]
                                 ->(:__Neo4jMigration {version: $version, description: $description,
                                     type: $type, source: $source, checksum: $checksum,
                                     repeatable: false})
                          """,
                          Values.parameters(
                              "previous", previous,
                              "at", record.get("appliedAt"),
                              "by", System.getProperty("user.name", "kb"),
                              "version", element.getVersion(),
                              "description", element.getOptionalDescription().orElse(null),
                              "type", element.getType().name(),
                              "source", element.getSource(),
                              "checksum", element.getChecksum().orElseThrow()))
                      .consume();
                  previous = element.getVersion();
                  count++;
                }
                return count;
              });
      log.info("Took over {} applied migrations from the :KbMigration records", adopted);
    }
  }

  private static void reportIfEdited(String file, String recordedSha256) {
    if (!Sha256.hex(SchemaMigrations.read(file)).equals(recordedSha256)) {
      log.warn(
          "Migration {} changed after it was applied; add a new migration instead",
          SchemaMigrations.stem(file));
    }
  }
}
