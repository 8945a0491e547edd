package dev.kb.core.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * How disproportionately a side effect is reported for a drug, from the 2×2 table of cases.
 *
 * @param edge the drug → side effect edge
 * @param a cases where the side effect is attributed to the drug
 * @param b cases with the drug, without that attribution
 * @param c cases reporting the side effect, not attributed to the drug
 * @param d all other cases
 * @param prr proportional reporting ratio, (a/(a+b)) / (c/(c+d)); null when undefined
 * @param ror reporting odds ratio, (a·d) / (b·c); null when undefined
 */
public record SideEffectSignal(
    KnowledgeEdge edge,
    long a,
    long b,
    long c,
    long d,
    @Nullable Double prr,
    @Nullable Double ror) {

  static SideEffectSignal of(KnowledgeEdge edge, long a, long withDrug, long withEvent, long all) {
    long b = Math.max(0, withDrug - a);
    long c = Math.max(0, withEvent - a);
    long d = Math.max(0, all - a - b - c);
    Double prr =
        (a + b) == 0 || c == 0 || (c + d) == 0
            ? null
            : ((double) a / (a + b)) / ((double) c / (c + d));
    Double ror = b == 0 || c == 0 ? null : ((double) a * d) / ((double) b * c);
    return new SideEffectSignal(edge, a, b, c, d, prr, ror);
  }
}
