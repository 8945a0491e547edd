package dev.kb.core.graph;

import org.neo4j.driver.exceptions.RetryableException;
import org.springframework.dao.TransientDataAccessException;

/** What kb's reads and writes make of a failure of the database. */
public final class Failures {

  private Failures() {}

  /**
   * Whether trying again may succeed: the driver called the failure retryable (a deadlock, a lost
   * connection, a leader changed), or Spring translated it into a transient one. The driver's
   * exception may be the cause of Spring's: Spring Data Neo4j translates what a statement throws,
   * and wraps what a commit throws.
   */
  public static boolean isTransient(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RetryableException || t instanceof TransientDataAccessException) {
        return true;
      }
    }
    return false;
  }
}
