package dev.kb.core.knowledge;

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
}
