package dev.kb.core.graph;

import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.BaseSession;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.SessionConfig;

/**
 * A view of a driver whose sessions are read sessions: on a cluster ({@code neo4j://}) their
 * queries go to a follower or read replica, on a single server nothing changes.
 *
 * <p>Why a view: Spring Data Neo4j's {@code Neo4jClient} runs a query outside a Spring transaction
 * as one auto-commit query, one round trip, but always in a write session. Its way to mark a read
 * is a read-only transaction, which costs a COMMIT round trip more per query (0.64 against 0.39 ms
 * p50 for {@code RETURN 1} here, ADR 005). The client built over this view keeps the single round
 * trip and sends reads as reads (ADR 011). Everything else is the driver's own, and closing the
 * view leaves the driver open: its owner closes it.
 */
final class ReadSessions implements Driver {

  private final Driver driver;

  ReadSessions(Driver driver) {
    this.driver = driver;
  }

  @Override
  public <T extends BaseSession> T session(
      Class<T> sessionClass, SessionConfig config, @Nullable AuthToken sessionAuthToken) {
    return driver.session(sessionClass, asRead(config), sessionAuthToken);
  }

  /** The same session settings in read mode. */
  static SessionConfig asRead(SessionConfig config) {
    SessionConfig.Builder read =
        SessionConfig.builder()
            .withDefaultAccessMode(AccessMode.READ)
            .withBookmarks(config.bookmarks())
            .withNotificationConfig(config.notificationConfig())
            .withAutoCommitRetriesMode(config.autoCommitRetriesMode());
    config.database().ifPresent(read::withDatabase);
    config.fetchSize().ifPresent(read::withFetchSize);
    config.impersonatedUser().ifPresent(read::withImpersonatedUser);
    config
        .bookmarkManager()
        .ifPresent((BookmarkManager manager) -> read.withBookmarkManager(manager));
    return read.build();
  }

  @Override
  public ExecutableQuery executableQuery(String query) {
    return driver.executableQuery(query);
  }

  @Override
  public BookmarkManager executableQueryBookmarkManager() {
    return driver.executableQueryBookmarkManager();
  }

  @Override
  public boolean isEncrypted() {
    return driver.isEncrypted();
  }

  /** Leaves the driver open: the view does not own it. */
  @Override
  public void close() {}

  @Override
  public CompletionStage<Void> closeAsync() {
    return java.util.concurrent.CompletableFuture.completedFuture(null);
  }

  @Override
  public void verifyConnectivity() {
    driver.verifyConnectivity();
  }

  @Override
  public CompletionStage<Void> verifyConnectivityAsync() {
    return driver.verifyConnectivityAsync();
  }

  @Override
  public boolean verifyAuthentication(AuthToken authToken) {
    return driver.verifyAuthentication(authToken);
  }

  @Override
  public boolean supportsSessionAuth() {
    return driver.supportsSessionAuth();
  }

  @Override
  public boolean supportsMultiDb() {
    return driver.supportsMultiDb();
  }

  @Override
  public CompletionStage<Boolean> supportsMultiDbAsync() {
    return driver.supportsMultiDbAsync();
  }
}
