package dev.kb.importer.extract;

/** An extraction stopped before its end: its {@link TimeBudget} ran out or it was interrupted. */
public final class TimeBudgetExceededException extends RuntimeException {

  public TimeBudgetExceededException(String message) {
    super(message);
  }
}
