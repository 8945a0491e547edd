package dev.kb.core.knowledge;

import dev.kb.core.concept.Concept;
import java.util.List;

/**
 * An investigation done in the cases of a diagnosis, and what it showed there.
 *
 * @param investigation the investigation
 * @param cases how many cases of the diagnosis report it
 * @param abnormalCases in how many of them it was abnormal or showed a finding
 * @param normalCases in how many of them it was normal (and never abnormal)
 * @param findings what it revealed in those cases, most frequent first
 */
public record InvestigationSummary(
    Concept investigation,
    int cases,
    int abnormalCases,
    int normalCases,
    List<FindingCount> findings) {

  /** A finding and the number of cases where the investigation revealed it. */
  public record FindingCount(Concept finding, int cases) {}
}
