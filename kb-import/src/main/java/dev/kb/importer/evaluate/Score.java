package dev.kb.importer.evaluate;

/**
 * Counts behind precision and recall. They are kept apart because with overlap matching one
 * predicted span may cover two gold spans, so correct predictions and found gold items differ.
 *
 * @param predicted items predicted
 * @param predictedCorrect predicted items that match a gold item
 * @param gold gold items
 * @param goldFound gold items that some prediction matches
 */
public record Score(int predicted, int predictedCorrect, int gold, int goldFound) {

  /** No items at all. */
  public static final Score ZERO = new Score(0, 0, 0, 0);

  public Score {
    if (predictedCorrect > predicted || goldFound > gold || predictedCorrect < 0 || goldFound < 0) {
      throw new IllegalArgumentException(
          "Inconsistent counts "
              + predictedCorrect
              + "/"
              + predicted
              + ", "
              + goldFound
              + "/"
              + gold);
    }
  }

  /** Correct predictions over predictions; 0 when nothing was predicted. */
  public double precision() {
    return predicted == 0 ? 0 : (double) predictedCorrect / predicted;
  }

  /** Found gold items over gold items; 0 when there is no gold. */
  public double recall() {
    return gold == 0 ? 0 : (double) goldFound / gold;
  }

  /** The harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The counts of both scores together, for summing over documents. */
  public Score plus(Score other) {
    return new Score(
        predicted + other.predicted,
        predictedCorrect + other.predictedCorrect,
        gold + other.gold,
        goldFound + other.goldFound);
  }
}
