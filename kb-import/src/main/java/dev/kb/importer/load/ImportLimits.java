package dev.kb.importer.load;

import java.time.Duration;

/**
 * Bounds on the work one document may cost, so that one text cannot hold an importer or the app for
 * long or flood the graph. A document over either bound is rejected with the reason, and nothing of
 * it is written.
 *
 * @param maxFactsPerCase the most facts one case may have (the largest case of the MACCROBAT half
 *     at hand has 93)
 * @param extractionBudget how long the extraction of one text may run (a 2 MB text takes under a
 *     second)
 */
public record ImportLimits(int maxFactsPerCase, Duration extractionBudget) {

  /** 2,000 facts, 10 seconds. */
  public static final ImportLimits DEFAULT = new ImportLimits(2_000, Duration.ofSeconds(10));

  public ImportLimits {
    if (maxFactsPerCase < 1) {
      throw new IllegalArgumentException(
          "The most facts per case must be at least 1, was " + maxFactsPerCase);
    }
    if (extractionBudget.isNegative() || extractionBudget.isZero()) {
      throw new IllegalArgumentException(
          "The extraction budget must be positive, was " + extractionBudget);
    }
  }
}
