package dev.kb.core.schema;

import ac.simons.neo4j.migrations.core.MigrationChain;
import ac.simons.neo4j.migrations.core.MigrationState;
import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import ac.simons.neo4j.migrations.core.MigrationsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the schema migrations listed in {@code kb/schema/migrations.txt}, each once, with <a
 * href="https://neo4j.com/labs/neo4j-migrations">Neo4j-Migrations</a> (ADR 010).
 *
 * <p>The library records each applied migration in its chain of {@code :__Neo4jMigration} nodes
 * with a checksum, so a restart applies nothing twice and a migration edited after it was applied
 * stops the start-up instead of being skipped. It runs a script's statements in one transaction,
 * and a statement with {@code CALL { ... } IN TRANSACTIONS} in an auto-commit transaction of its
 * own, as Neo4j requires. A store migrated before kb used the library has its {@code :KbMigration}
 * records taken over into that chain once ({@link KbMigrationHistory}).
 *
 * <p>Two instances starting at once against one server (kb and an importer, two importers) take
 * turns: each migrates while holding the write lock of one {@code :KbMigrationLock} node, in a
 * transaction left open until it is done, so the other waits, then finds every migration applied.
 * The library's own lock node makes a second instance fail at once rather than wait, and outlives
 * an instance killed while migrating; under kb's lock, such a node can only be a left-over, and is
 * removed. Should the holder of kb's lock die, its transaction ends with its connection and the
 * lock with it: nothing is left to clean up by hand.
 */
public final class SchemaMigrations {

  private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);
  private static final String ROOT = "kb/schema/";

  /**
   * The library logs through java.util.logging, a line for each migration skipped at every start;
   * {@link #migrate()} logs those it applies itself. Held here: the logging keeps loggers weakly.
   */
  private static final java.util.logging.Logger LIBRARY_LOG =
      java.util.logging.Logger.getLogger("ac.simons.neo4j.migrations.core");

  static {
    LIBRARY_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  private final Driver driver;

  public SchemaMigrations(Driver driver) {
    this.driver = driver;
  }

  /**
   * Applies every migration not yet recorded in the database.
   *
   * @return the versions applied by this call, in order (file names without {@code .cypher})
   * @throws IllegalStateException when a migration fails, or one applied before has been edited
   */
  public List<String> migrate() {
    long started = System.nanoTime();
    List<String> applied = underLock(this::applyPending);
    log.info(
        "Schema migrations: {} applied, checked in {} ms",
        applied.size(),
        (System.nanoTime() - started) / 1_000_000);
    return applied;
  }

  /**
   * Removes a migration from the applied ones, so that the next {@link #migrate()} applies it
   * again: for a graph put back into the shape the migration expects (tests of old stores), or a
   * migration to be run once more by hand.
   *
   * @param version a file name without {@code .cypher}, as {@link #migrate()} returns them
   */
  public void forget(String version) {
    String value = MigrationVersion.parse(version + ".cypher").getValue();
    underLock(() -> library().delete(MigrationVersion.withValue(value)));
  }

  /** Runs {@code work} holding kb's migration lock, with no left-over lock of the library's. */
  private <T> T underLock(Supplier<T> work) {
    try (Session session = driver.session(SessionConfig.defaultConfig())) {
      againIfRaced(
          () ->
              session.executeWriteWithoutResult(
                  tx ->
                      tx.run(
                          "CREATE CONSTRAINT kb_migration_lock IF NOT EXISTS"
                              + " FOR (l:KbMigrationLock) REQUIRE l.name IS UNIQUE")));
      try (Transaction lock = session.beginTransaction()) {
        // Held until this instance is done; another instance's MERGE waits here.
        lock.run("MERGE (l:KbMigrationLock {name: 'schema'}) SET l.takenAt = datetime()").consume();
        removeLeftOverLibraryLock();
        T result = work.get();
        lock.commit();
        return result;
      }
    }
  }

  private List<String> applyPending() {
    Migrations migrations = library();
    try {
      new KbMigrationHistory(driver).adoptInto(migrations);
      List<String> pending = pending(migrations.info());
      migrations.apply();
      List<String> left = pending(migrations.info());
      List<String> applied = pending.stream().filter(version -> !left.contains(version)).toList();
      applied.forEach(version -> log.info("Applied schema migration {}", version));
      return applied;
    } catch (MigrationsException | Neo4jException e) {
      String message = String.valueOf(e.getMessage());
      String hint =
          message.startsWith("Checksum of")
              ? "; a migration, once applied, is never edited: restore it and add a new one"
              : "";
      throw new IllegalStateException("Schema migration failed: " + message + hint, e);
    }
  }

  /** The versions the chain has yet to apply, in order. */
  private static List<String> pending(MigrationChain chain) {
    return chain.getElements().stream()
        .filter(element -> element.getState() == MigrationState.PENDING)
        .map(element -> stem(element.getSource()))
        .toList();
  }

  /**
   * Deletes the library's lock node that an instance killed while migrating left behind. Called
   * while holding kb's lock, when no other kb instance can be migrating; in a transaction of its
   * own, so the library sees the node gone.
   */
  private void removeLeftOverLibraryLock() {
    int removed =
        driver
            .executableQuery("MATCH (l:__Neo4jMigrationsLock) DELETE l")
            .execute()
            .summary()
            .counters()
            .nodesDeleted();
    if (removed > 0) {
      log.warn("Removed the migration lock of an instance that stopped while migrating");
    }
  }

  /**
   * The library, set to read the files {@code migrations.txt} lists, and to apply a listed
   * migration that is not recorded although a later one is (as kb always did, so that a migration
   * merged after another one released first is not skipped).
   */
  Migrations library() {
    MigrationsConfig config =
        MigrationsConfig.builder()
            .withLocationsToScan("classpath:" + ROOT.substring(0, ROOT.length() - 1))
            .withResourceScanner(ignored -> urls())
            .withOutOfOrderAllowed(true)
            .build();
    return new Migrations(config, driver);
  }

  /** The migration files, as {@code migrations.txt} lists them; no scan of the class path. */
  private static List<URL> urls() {
    ClassLoader loader = SchemaMigrations.class.getClassLoader();
    List<URL> urls = new ArrayList<>();
    for (String file : files()) {
      URL url = loader.getResource(ROOT + file);
      if (url == null) {
        throw new IllegalStateException("Missing schema resource " + ROOT + file);
      }
      urls.add(url);
    }
    return urls;
  }

  /** The versions {@code migrations.txt} lists, in order (file names without extension). */
  static List<String> versions() {
    return files().stream().map(SchemaMigrations::stem).toList();
  }

  private static List<String> files() {
    return read("migrations.txt")
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  static String stem(String file) {
    return file.replaceFirst("\\.cypher$", "");
  }

  /** The text of a file in {@code kb/schema/}. */
  static String read(String name) {
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

  /**
   * Runs {@code schemaChange}, and once more when it failed because another instance made the same
   * constraint between its check ({@code IF NOT EXISTS}) and its commit: the second time the check
   * sees the rule and the change does nothing.
   */
  private static void againIfRaced(Runnable schemaChange) {
    try {
      schemaChange.run();
    } catch (Neo4jException e) {
      String code = e.code();
      if (code == null || !code.startsWith("Neo.ClientError.Schema.")) {
        throw e;
      }
      log.info("Another instance created the migration lock's constraint at the same time");
      schemaChange.run();
    }
  }
}
