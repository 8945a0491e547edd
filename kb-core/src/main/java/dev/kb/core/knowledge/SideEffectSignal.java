package dev.kb.core.knowledge;

import dev.kb.core.concept.Concept;
import org.jspecify.annotations.Nullable;

/**
 * How disproportionately a finding is reported as a drug's side effect, from the 2×2 table of
 * cases. The links that attribute it are those the edge was listed by ({@link
 * KnowledgeEdge#links()}).
 *
 * <p>A case weakly linking the drug to the finding (below the minimum, when only confident links
 * count) reports the finding without attributing it: it is one of {@code c}, not of {@code b}, so
 * that it is counted once. A case with both the drug and the finding and no link between them at
 * all is still counted in both {@code b} and {@code c} (the graph keeps no count of such
 * co-occurrences): {@code d} is then too small, which makes PRR and ROR err low, never high.
 *
 * @param edge the drug → finding edge
 * @param a cases where the finding is attributed to the drug
 * @param b cases with the drug (affirmed) that link it to the finding by no link at all
 * @param c cases reporting the finding (affirmed) without attributing it to the drug
 * @param d all other cases
 * @param prr proportional reporting ratio, (a/(a+b)) / (c/(c+d)); null when undefined
 * @param ror reporting odds ratio, (a·d) / (b·c); null when undefined
 * @see #prrInterval()
 * @see #rorInterval()
 */
public record SideEffectSignal(
    KnowledgeEdge edge,
    long a,
    long b,
    long c,
    long d,
    @Nullable Double prr,
    @Nullable Double ror) {

  static SideEffectSignal of(KnowledgeEdge edge, long withDrug, long withEvent, long all) {
    long a = edge.casesOfLinks();
    long b = Math.max(0, withDrug - edge.allCases());
    long c = Math.max(0, withEvent - a);
    long d = Math.max(0, all - a - b - c);
    Double prr =
        (a + b) == 0 || c == 0 || (c + d) == 0
            ? null
            : ((double) a / (a + b)) / ((double) c / (c + d));
    Double ror = b == 0 || c == 0 ? null : ((double) a * d) / ((double) b * c);
    return new SideEffectSignal(edge, a, b, c, d, prr, ror);
  }

  /** The drug. */
  public Concept drug() {
    return edge.from();
  }

  /** The finding attributed to it. */
  public Concept sideEffect() {
    return edge.to();
  }

  /**
   * The 95% confidence interval of the PRR, exp(ln PRR ± 1.96·√(1/a − 1/(a+b) + 1/c − 1/(c+d)));
   * null when the PRR is undefined or {@code a} is 0.
   */
  public @Nullable Interval prrInterval() {
    if (prr == null || a == 0) {
      return null;
    }
    return Interval.around(prr, Math.sqrt(1.0 / a - 1.0 / (a + b) + 1.0 / c - 1.0 / (c + d)));
  }

  /**
   * The 95% confidence interval of the ROR, exp(ln ROR ± 1.96·√(1/a + 1/b + 1/c + 1/d)); null when
   * a cell is 0.
   */
  public @Nullable Interval rorInterval() {
    if (ror == null || a == 0 || d == 0) {
      return null;
    }
    return Interval.around(ror, Math.sqrt(1.0 / a + 1.0 / b + 1.0 / c + 1.0 / d));
  }

  /**
   * A 95% confidence interval of a ratio, from the standard error of its logarithm (Woolf's method,
   * as pharmacovigilance uses for PRR and ROR).
   *
   * @param lower the lower bound; a lower bound above 1 is the usual sign of a signal
   * @param upper the upper bound
   */
  public record Interval(double lower, double upper) {

    private static final double Z95 = 1.959964;

    static Interval around(double ratio, double standardErrorOfLog) {
      double log = Math.log(ratio);
      return new Interval(
          Math.exp(log - Z95 * standardErrorOfLog), Math.exp(log + Z95 * standardErrorOfLog));
    }
  }
}
