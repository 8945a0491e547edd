package dev.kb.importer.cli;

import dev.kb.core.embedded.EmbeddedNeo4j;
import dev.kb.core.graph.DriverSettings;
import dev.kb.core.schema.SchemaMigrations;
import dev.kb.importer.load.GraphWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import picocli.CommandLine.Option;

/**
 * Where the commands that write find the graph: a Neo4j server given by {@code --neo4j-uri}, or
 * else the embedded store in {@code --data-dir}. A picocli mixin.
 */
final class GraphOptions {

  @Option(
      names = "--neo4j-uri",
      description = "A Neo4j server, cluster or Aura (bolt://, neo4j://, neo4j+s://)")
  @Nullable URI neo4jUri;

  @Option(names = "--user", defaultValue = "neo4j", description = "Neo4j user (default: neo4j)")
  String user = "neo4j";

  @Option(
      names = "--password",
      defaultValue = "${env:KB_NEO4J_PASSWORD}",
      description = "Neo4j password (default: $KB_NEO4J_PASSWORD); none means no authentication")
  @Nullable String password;

  @Option(
      names = "--data-dir",
      defaultValue = "./data",
      description = "Embedded store folder (default: ./data)")
  Path dataDir = Path.of("./data");

  /**
   * How long a transaction that fails transiently is tried again: enough for a cluster to elect a
   * new leader. Shorter than the driver's default (30 s), like the connection timeout (5 s), so
   * that an import notices within about 20 s that the database has gone ({@link DatabaseWatch}).
   */
  static final Duration RETRY_TIME = Duration.ofSeconds(10);

  /**
   * kb's driver settings, with shorter waits than the driver's defaults: a connection attempt gives
   * up after 5 s, and a transaction function is retried for {@link #RETRY_TIME}.
   */
  static Config commandLineConfig() {
    return DriverSettings.apply(Config.builder())
        .withConnectionTimeout(5, TimeUnit.SECONDS)
        .withMaxTransactionRetryTime(RETRY_TIME.toSeconds(), TimeUnit.SECONDS)
        .build();
  }

  /**
   * An open graph: the driver, the writer over it that every write goes through, and the embedded
   * Neo4j behind it when there is one.
   */
  record Graph(@Nullable EmbeddedNeo4j embedded, Driver driver, GraphWriter writer)
      implements AutoCloseable {
    @Override
    public void close() {
      driver.close();
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  /**
   * Connects, checks the connection and migrates the schema; null, after saying why on {@code err},
   * when that fails: the embedded store cannot be opened (most often because kb is running on it),
   * the server cannot be reached, or the migrations fail.
   */
  @Nullable Graph open(PrintWriter err) {
    EmbeddedNeo4j embedded = null;
    URI uri = neo4jUri;
    if (uri == null) {
      try {
        embedded = EmbeddedNeo4j.start(dataDir, 0);
      } catch (RuntimeException e) {
        err.printf(
            "Cannot open the embedded store in %s: %s%n"
                + "If kb is running on it, go through it instead: --neo4j-uri <its Bolt"
                + " address, logged at start-up>.%n",
            dataDir.toAbsolutePath(), ImportCommand.rootMessage(e));
        return null;
      }
      uri = embedded.boltUri();
    }
    Driver driver = null;
    try {
      driver =
          GraphDatabase.driver(
              uri,
              password == null || password.isEmpty()
                  ? AuthTokens.none()
                  : AuthTokens.basic(user, password),
              commandLineConfig());
      driver.verifyConnectivity();
      new SchemaMigrations(driver).migrate();
      return new Graph(embedded, driver, GraphWriter.over(driver, RETRY_TIME));
    } catch (RuntimeException e) {
      if (driver != null) {
        driver.close();
      }
      if (embedded != null) {
        embedded.close();
      }
      if (DatabaseWatch.isConnectionFailure(e)) {
        err.printf("Cannot reach Neo4j at %s: %s%n", uri, ImportCommand.rootMessage(e));
      } else {
        err.printf(
            "Cannot prepare the graph at %s (connecting, migrating its schema): %s%n",
            uri, ImportCommand.rootMessage(e));
      }
      return null;
    }
  }
}
