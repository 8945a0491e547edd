package dev.kb.core.knowledge;

/**
 * Which drug → side-effect signals to list across all drugs, and in which order (see {@link
 * SideEffectSignals#ranked}).
 *
 * @param order what the list is ranked by
 * @param descending the largest first; a measure that is undefined (null) comes last either way
 * @param links which links attribute a finding to a drug: {@code a} counts them (ADR 006)
 * @param minCases only signals with at least this many cases attributing the finding ({@code a})
 */
public record SignalRanking(Order order, boolean descending, LinkFilter links, int minCases) {

  /** The strongest PRR first, over confident links, every signal with a case. */
  public static final SignalRanking DEFAULT =
      new SignalRanking(Order.PRR, true, LinkFilter.CONFIDENT, 1);

  public SignalRanking {
    if (minCases < 1) {
      throw new IllegalArgumentException("minCases must be at least 1, was " + minCases);
    }
  }

  /** What signals can be ranked by. */
  public enum Order {
    /** The proportional reporting ratio. */
    PRR,
    /** The reporting odds ratio. */
    ROR,
    /** The number of cases attributing the finding to the drug, {@code a}. */
    CASES
  }
}
