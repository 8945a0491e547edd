package dev.kb.importer.cli;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * Tells an import that the database has gone away, so that it stops instead of failing every
 * remaining document one by one. The database counts as lost after {@link #LIMIT} batches in a row
 * could not reach it, or at the first such batch when a health check ({@link
 * Driver#verifyConnectivity()}) fails too. A batch that fails for another reason (a document the
 * database refuses) says nothing about the connection.
 */
final class DatabaseWatch {

  /** Consecutive batches that could not reach the database before the import stops. */
  static final int LIMIT = 3;

  private final Driver driver;
  private int consecutive;
  private @Nullable String reason;
  private volatile boolean lost;

  DatabaseWatch(Driver driver) {
    this.driver = driver;
  }

  /** Whether {@code e} says the database could not be reached, rather than refused the write. */
  static boolean isConnectionFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException) {
        return true;
      }
    }
    return false;
  }

  /** A batch reached the database. */
  synchronized void reached() {
    consecutive = 0;
  }

  /** A batch could not reach the database; checks whether it is still there. */
  synchronized void unreachable(Throwable e) {
    consecutive++;
    reason = ImportCommand.rootMessage(e);
    if (consecutive >= LIMIT || !healthy()) {
      lost = true;
    }
  }

  /** Whether the import should stop. */
  boolean lost() {
    return lost;
  }

  /** What the last failure said. */
  synchronized @Nullable String reason() {
    return reason;
  }

  private boolean healthy() {
    try {
      driver.verifyConnectivity();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
