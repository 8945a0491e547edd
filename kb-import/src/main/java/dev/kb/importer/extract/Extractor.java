package dev.kb.importer.extract;

/** Reads a case report's text into concept mentions, their context and relations. */
public interface Extractor {

  /** Extracts the facts of one case report; {@code text} must not be blank. */
  Extraction extract(String text);

  /**
   * Extracts within a time budget: throws {@link TimeBudgetExceededException} once it has run out
   * (or the thread was interrupted) and gives nothing back. This default checks before and after;
   * kb's extractor checks between sentences and stages, so it stops soon after the budget ends.
   */
  default Extraction extract(String text, TimeBudget budget) {
    budget.check();
    Extraction extraction = extract(text);
    budget.check();
    return extraction;
  }

  /** A version string that changes whenever the code or the data that extract change. */
  String version();

  /**
   * The confidence at or above which this extractor's links count ({@link
   * Extraction#linkMinimum()}): for kb's extractor, the minimum its link model was chosen with by
   * cross-validation; for others, the bundled model's.
   */
  default double linkMinimum() {
    return LinkModel.bundled().minimum();
  }
}
