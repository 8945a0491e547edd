package dev.kb.importer.extract;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How long one extraction may run. The extractor checks it between sentences and between its
 * stages, so it stops within a fraction of a second of the budget running out; a thread that was
 * interrupted stops at the same checks. Either way it throws {@link TimeBudgetExceededException}
 * and gives nothing back.
 */
public final class TimeBudget {

  private static final TimeBudget UNLIMITED = new TimeBudget(Long.MAX_VALUE, null);

  private final long deadlineNanos;
  private final @Nullable Duration length;

  private TimeBudget(long deadlineNanos, @Nullable Duration length) {
    this.deadlineNanos = deadlineNanos;
    this.length = length;
  }

  /** No limit of time; an interrupted thread still stops. */
  public static TimeBudget unlimited() {
    return UNLIMITED;
  }

  /** A budget of {@code length} from now. */
  public static TimeBudget of(Duration length) {
    if (length.isNegative() || length.isZero()) {
      throw new IllegalArgumentException("A time budget must be positive, was " + length);
    }
    return new TimeBudget(saturatedDeadline(length), length);
  }

  /** The shorter of this budget and {@code other}. */
  public TimeBudget orSooner(TimeBudget other) {
    return other.deadlineNanos - deadlineNanos < 0 ? other : this;
  }

  /** Whether time is left, the thread not interrupted. */
  public boolean hasTimeLeft() {
    return !Thread.currentThread().isInterrupted()
        && (length == null || System.nanoTime() - deadlineNanos < 0);
  }

  /** The time left; {@code null} when unlimited. */
  public @Nullable Duration remaining() {
    return length == null ? null : Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
  }

  /** Throws {@link TimeBudgetExceededException} when the time is up or the thread interrupted. */
  public void check() {
    if (Thread.currentThread().isInterrupted()) {
      throw new TimeBudgetExceededException("extraction was interrupted");
    }
    if (length != null && System.nanoTime() - deadlineNanos >= 0) {
      throw new TimeBudgetExceededException(
          "extraction took longer than its budget of %,d ms".formatted(length.toMillis()));
    }
  }

  private static long saturatedDeadline(Duration length) {
    long nanos;
    try {
      nanos = length.toNanos();
    } catch (ArithmeticException e) {
      nanos = Long.MAX_VALUE / 2;
    }
    return System.nanoTime() + Math.min(nanos, Long.MAX_VALUE / 2);
  }
}
