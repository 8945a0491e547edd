package dev.kb.core.schema;

import dev.kb.core.hash.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the schema migrations listed in {@code kb/schema/migrations.txt}, each once.
 *
 * <p>Each applied migration is recorded as a {@code :KbMigration} node with its checksum, so a
 * restart applies nothing twice and an edited migration is reported instead of silently skipped.
 *
 * <p>Two instances starting at once against one server (kb and an importer, two importers) take
 * turns: each migrates while holding the write lock of one {@code :KbMigrationLock} node, in a
 * transaction left open until it is done, so the other waits, then finds every migration applied.
 * Should the holder die, its transaction ends with its connection and the lock with it: nothing is
 * left to clean up by hand. The statements use {@code IF NOT EXISTS} as well, and a change that
 * still meets the same rule made between its check and its commit is applied once more.
 */
public final class SchemaMigrations {

  private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);
  private static final String ROOT = "kb/schema/";

  private final Driver driver;

  public SchemaMigrations(Driver driver) {
    this.driver = driver;
  }

  /** A migration file: its version (file name without extension) and statements. */
  record Migration(String version, List<String> statements, String checksum) {

    private static final Pattern IN_TRANSACTIONS =
        Pattern.compile("\\bIN\\s+TRANSACTIONS\\b", Pattern.CASE_INSENSITIVE);

    /** Whether the migration commits in batches ({@code IN TRANSACTIONS}) rather than at once. */
    boolean batched() {
      return statements.stream().anyMatch(statement -> IN_TRANSACTIONS.matcher(statement).find());
    }
  }

  /**
   * Applies every migration not yet recorded in the database.
   *
   * @return the versions applied by this call, in order
   */
  public List<String> migrate() {
    List<String> applied = new ArrayList<>();
    try (Session session = driver.session(SessionConfig.defaultConfig())) {
      Runnable versionConstraint =
          () ->
              session.executeWriteWithoutResult(
                  tx ->
                      tx.run(
                          "CREATE CONSTRAINT kb_migration_version IF NOT EXISTS"
                              + " FOR (m:KbMigration) REQUIRE m.version IS UNIQUE"));
      againIfRaced(versionConstraint, "kb_migration_version");
      Runnable lockConstraint =
          () ->
              session.executeWriteWithoutResult(
                  tx ->
                      tx.run(
                          "CREATE CONSTRAINT kb_migration_lock IF NOT EXISTS"
                              + " FOR (l:KbMigrationLock) REQUIRE l.name IS UNIQUE"));
      againIfRaced(lockConstraint, "kb_migration_lock");
      try (Session lockSession = driver.session(SessionConfig.defaultConfig());
          Transaction lock = lockSession.beginTransaction()) {
        // Held until this instance is done; another instance's MERGE waits here.
        lock.run("MERGE (l:KbMigrationLock {name: 'schema'}) SET l.takenAt = datetime()").consume();
        applyPending(session, applied);
        lock.commit();
      }
    }
    return applied;
  }

  private void applyPending(Session session, List<String> applied) {
    {
      for (Migration migration : load()) {
        String recorded =
            session.executeRead(
                tx ->
                    tx.run(
                            "OPTIONAL MATCH (m:KbMigration {version: $version}) RETURN m.checksum",
                            Map.of("version", migration.version()))
                        .single()
                        .get(0)
                        .asString(null));
        if (recorded != null) {
          if (!recorded.equals(migration.checksum())) {
            log.warn(
                "Migration {} changed after it was applied; add a new migration instead",
                migration.version());
          }
          continue;
        }
        Runnable apply =
            () -> {
              if (migration.batched()) {
                // CALL { ... } IN TRANSACTIONS commits its own batches, which Neo4j allows only in
                // an auto-commit query. Such a migration must be safe to run again after a crash.
                migration.statements().forEach(statement -> session.run(statement).consume());
              } else {
                // One transaction per migration: schema commands commit together, which is much
                // faster than one by one, and a failing migration leaves none of its changes.
                session.executeWriteWithoutResult(
                    tx -> migration.statements().forEach(statement -> tx.run(statement).consume()));
              }
            };
        try {
          againIfRaced(apply, migration.version());
        } catch (Neo4jException e) {
          throw new IllegalStateException(
              "Migration " + migration.version() + " failed: " + e.getMessage(), e);
        }
        session.executeWriteWithoutResult(
            tx ->
                tx.run(
                    """
                    MERGE (m:KbMigration {version: $version})
                    ON CREATE SET m.checksum = $checksum, m.appliedAt = datetime()
                    """,
                    Map.of("version", migration.version(), "checksum", migration.checksum())));
        log.info("Applied schema migration {}", migration.version());
        applied.add(migration.version());
      }
    }
  }

  /**
   * Runs {@code schemaChange}, and once more when it failed because another instance made the same
   * index or constraint between its check ({@code IF NOT EXISTS}) and its commit: the second time
   * the check sees the rule and the change does nothing.
   */
  private static void againIfRaced(Runnable schemaChange, String what) {
    try {
      schemaChange.run();
    } catch (Neo4jException e) {
      if (!raced(e)) {
        throw e;
      }
      log.info("{}: another instance changed the schema at the same time; once more", what);
      schemaChange.run();
    }
  }

  /** Whether a schema change failed because the same rule was just created (or dropped). */
  private static boolean raced(Neo4jException e) {
    String code = e.code();
    return code != null
        && code.startsWith("Neo.ClientError.Schema.")
        && (code.endsWith("AlreadyExists")
            || code.endsWith("DropFailed")
            || code.endsWith("NotFound"));
  }

  static List<Migration> load() {
    List<Migration> migrations = new ArrayList<>();
    for (String line : read("migrations.txt").split("\n")) {
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      String script = read(name);
      migrations.add(
          new Migration(
              name.replaceFirst("\\.cypher$", ""), statements(script), Sha256.hex(script)));
    }
    return migrations;
  }

  /** Splits a script on semicolons that end a line, dropping {@code //} comment lines. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("//")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String statement = current.toString().strip();
        statements.add(statement.substring(0, statement.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.isEmpty()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  private static String read(String name) {
    try (InputStream in =
        SchemaMigrations.class.getClassLoader().getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing schema resource " + ROOT + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
