package dev.kb.importer.extract;

import dev.kb.importer.terminology.CodeHierarchy;
import java.util.List;

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

  /**
   * Which codes lie above which in the vocabularies this extractor reads with, for the loader to
   * store each concept's ancestors (ADR 013); only ICD-10's, which codes spell, when it has none.
   */
  default CodeHierarchy hierarchy() {
    return CodeHierarchy.empty();
  }

  /**
   * The words of {@code text} that no concept name or synonym this extractor knows holds, as
   * written, each once: a search for them can find no concept. None when it cannot tell.
   */
  default List<String> unknownWords(String text) {
    return List.of();
  }
}
