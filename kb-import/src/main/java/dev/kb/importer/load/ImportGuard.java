package dev.kb.importer.load;

import dev.kb.importer.extract.TimeBudget;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A caller's hold on one import it may give up on, such as a request with a deadline. Giving up and
 * committing exclude each other: once {@link #giveUp()} has returned true, the loader commits
 * nothing of the import; once the loader has started to commit, giving up returns false and the
 * caller waits for the outcome. So a caller that answered "given up" never sees the case appear
 * afterwards.
 */
public final class ImportGuard {

  private static final int RUNNING = 0;
  private static final int COMMITTING = 1;
  private static final int GIVEN_UP = 2;

  private final AtomicInteger state = new AtomicInteger(RUNNING);
  private final TimeBudget budget;

  private ImportGuard(TimeBudget budget) {
    this.budget = budget;
  }

  /** A guard for an import that has {@code time} left before it is given up on. */
  public static ImportGuard within(Duration time) {
    return new ImportGuard(TimeBudget.of(time));
  }

  /** A guard that is never given up on, for imports without a deadline. */
  public static ImportGuard none() {
    return new ImportGuard(TimeBudget.unlimited());
  }

  /**
   * Gives the import up, unless its commit has started.
   *
   * @return true when nothing of it will be committed; false when the commit has started (wait for
   *     the outcome)
   */
  public boolean giveUp() {
    return state.compareAndSet(RUNNING, GIVEN_UP) || state.get() == GIVEN_UP;
  }

  /** Whether the import was given up on. */
  public boolean givenUp() {
    return state.get() == GIVEN_UP;
  }

  /** The time the caller waits for the import. */
  TimeBudget budget() {
    return budget;
  }

  /** Called by the loader just before it commits: false when the import was given up on. */
  boolean startCommit() {
    return state.compareAndSet(RUNNING, COMMITTING) || state.get() == COMMITTING;
  }
}
