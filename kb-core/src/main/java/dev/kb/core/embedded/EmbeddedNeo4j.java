package dev.kb.core.embedded;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j database running inside this JVM with its Bolt connector on 127.0.0.1.
 *
 * <p>Everything in kb talks to it through the Neo4j driver and {@link #boltUri()}, so the same code
 * runs against a Neo4j server, a cluster or Aura. Authentication is off: the connector only listens
 * on the loopback address. The store lives in {@code dataDir} and survives restarts.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

  private final Path dataDir;
  private final DatabaseManagementService dbms;
  private final URI boltUri;

  private EmbeddedNeo4j(Path dataDir, DatabaseManagementService dbms, URI boltUri) {
    this.dataDir = dataDir;
    this.dbms = dbms;
    this.boltUri = boltUri;
  }

  /**
   * Starts Neo4j with its store in {@code dataDir} (created when missing) and Bolt on {@code
   * 127.0.0.1:boltPort}; port 0 picks a free one. Settings in {@code dataDir/neo4j.conf}, when
   * present, are applied first; the connector and authentication settings here win.
   */
  public static EmbeddedNeo4j start(Path dataDir, int boltPort) {
    if (boltPort < 0 || boltPort > 65_535) {
      throw new IllegalArgumentException("Bolt port must be 0..65535, was " + boltPort);
    }
    Path home = dataDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(home);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot create the Neo4j data folder " + home, e);
    }
    long started = System.nanoTime();
    Map<Setting<?>, Object> settings = new HashMap<>();
    settings.put(BoltConnector.enabled, true);
    settings.put(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort));
    settings.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
    settings.put(GraphDatabaseSettings.auth_enabled, false);
    // Netty waits two seconds per event loop group by default; nothing is in flight at close.
    settings.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO);
    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
    // Tuning (page cache, transaction memory) goes in an optional neo4j.conf beside the store.
    Path conf = home.resolve("neo4j.conf");
    if (Files.isRegularFile(conf)) {
      builder.loadPropertiesFromFile(conf);
    }
    DatabaseManagementService dbms = builder.setConfig(settings).build();
    try {
      GraphDatabaseAPI db =
          (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      HostnamePort address =
          db.getDependencyResolver()
              .resolveDependency(ConnectorPortRegister.class)
              .getLocalAddress(ConnectorType.BOLT);
      URI uri = URI.create("bolt://127.0.0.1:" + address.getPort());
      log.info(
          "Embedded Neo4j started in {} ms at {}, store in {}",
          Duration.ofNanos(System.nanoTime() - started).toMillis(),
          uri,
          home);
      return new EmbeddedNeo4j(home, dbms, uri);
    } catch (RuntimeException e) {
      dbms.shutdown();
      throw e;
    }
  }

  /** Where clients connect: {@code bolt://127.0.0.1:<port>}. */
  public URI boltUri() {
    return boltUri;
  }

  /** The folder that holds the store. */
  public Path dataDir() {
    return dataDir;
  }

  /** Stops Neo4j; data already committed is on disk. */
  @Override
  public void close() {
    long started = System.nanoTime();
    dbms.shutdown();
    log.info(
        "Embedded Neo4j stopped in {} ms",
        Duration.ofNanos(System.nanoTime() - started).toMillis());
  }
}
