package dev.kb.core.embedded;

import dev.kb.core.schema.SchemaMigrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * A test class's own embedded Neo4j in a temporary folder, with a driver over Bolt, started before
 * its tests and stopped after them: {@code @RegisterExtension static final EmbeddedGraph graph =
 * EmbeddedGraph.migrated();}.
 */
public final class EmbeddedGraph implements BeforeAllCallback, AfterAllCallback {

  private final boolean migrate;
  private Path dataDir;
  private EmbeddedNeo4j neo4j;
  private Driver driver;

  private EmbeddedGraph(boolean migrate) {
    this.migrate = migrate;
  }

  /** An empty database. */
  public static EmbeddedGraph empty() {
    return new EmbeddedGraph(false);
  }

  /** A database with kb's schema. */
  public static EmbeddedGraph migrated() {
    return new EmbeddedGraph(true);
  }

  public Driver driver() {
    return driver;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dataDir = Files.createTempDirectory("kb-test-graph");
    neo4j = EmbeddedNeo4j.start(dataDir, 0);
    driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
    if (migrate) {
      new SchemaMigrations(driver).migrate();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    driver.close();
    neo4j.close();
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(EmbeddedGraph::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
