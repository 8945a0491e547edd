package dev.kb.importer.extract;

/**
 * How confident a link between two facts ({@link Relation#confidence()}) must be to count.
 *
 * <p>Every link is stored with its confidence; statistics (knowledge edges, their case counts,
 * disproportionality) count only the links whose confidence is at least the minimum, and a finding
 * is a side effect only when a drug is linked to it that confidently. The minimum is a setting of
 * the importer ({@code --min-confidence}) and of the app ({@code kb.knowledge.min-confidence}); by
 * default it is the extractor's own ({@link Extractor#linkMinimum()}), chosen when its link model
 * was cross-validated.
 */
public final class LinkConfidence {

  private LinkConfidence() {}

  /** Whether a link of this confidence counts under this minimum. */
  public static boolean counts(double confidence, double minimum) {
    return confidence >= minimum;
  }

  /**
   * The minimum, checked.
   *
   * @throws IllegalArgumentException unless it lies between 0 and 1
   */
  public static double requireValidMinimum(double minimum) {
    if (!(minimum >= 0 && minimum <= 1)) {
      throw new IllegalArgumentException(
          "A minimum confidence lies between 0 and 1, was " + minimum);
    }
    return minimum;
  }
}
