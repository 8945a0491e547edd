package dev.kb.core.knowledge;

import dev.kb.core.concept.ConceptKey;
import dev.kb.core.concept.Concepts;
import dev.kb.core.graph.Page;
import dev.kb.core.graph.Reads;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Drug safety signals: the findings attributed to drugs as side effects, with their
 * disproportionality measures, for given drugs or ranked across all of them.
 *
 * <p>The 2×2 table of a signal needs the cases with the drug and the cases with the finding: both
 * are counters the loader keeps on the concepts ({@code affirmedCases}, ADR 004), and the number of
 * cases comes from the count store, so a signal is computed from its edge and its two ends alone,
 * in the one pass over the {@code CAUSES} edges.
 */
public final class SideEffectSignals {

  /**
   * Every drug → finding edge a minimum of cases supports, with its 2×2 table and measures, ranked
   * in Cypher, and the number of such edges, in one pass over the drugs' {@code CAUSES} edges. It
   * starts from the drugs by a hint: a scan of the relationship type, which the planner picks on a
   * small store, would also walk the links between facts, which share the type and outnumber the
   * edges (37,713 to 791 at 100,000 synthetic cases). A fixed text: the order, its direction and
   * the links are parameters (the sort key is picked by {@code $order}, its sign by {@code $sign}),
   * so one plan serves every ranking. An undefined measure sorts last, ties go to the most cases,
   * then by drug and finding id, so pages are stable. The ranked edges are collected (a few hundred
   * bytes each, one per drug and finding) so that they are counted in the same pass, and only the
   * page's are projected.
   */
  static final String RANKED =
      """
      MATCH (n:Case) WITH count(n) AS total
      MATCH (a:Drug)-[r:CAUSES]->(b) USING SCAN a:Drug
      WITH total, a, r, b, CASE WHEN $all THEN r.allCases ELSE r.cases END AS ca
      WHERE ca >= $minCases
      WITH total, a, r, b, ca,
           coalesce(a.affirmedCases, 0) AS withDrug, coalesce(b.affirmedCases, 0) AS withEvent
      WITH total, a, r, b, ca, withDrug, withEvent,
           CASE WHEN withDrug - r.allCases > 0 THEN withDrug - r.allCases ELSE 0 END AS cb,
           CASE WHEN withEvent - ca > 0 THEN withEvent - ca ELSE 0 END AS cc
      WITH total, a, r, b, ca, cb, cc, withDrug, withEvent,
           CASE WHEN total - ca - cb - cc > 0 THEN total - ca - cb - cc ELSE 0 END AS cd
      WITH total, a, r, b, ca, withDrug, withEvent,
           CASE $order
             WHEN 'PRR' THEN
               CASE WHEN ca + cb = 0 OR cc = 0 OR cc + cd = 0 THEN null
                    ELSE (toFloat(ca) / (ca + cb)) / (toFloat(cc) / (cc + cd)) END
             WHEN 'ROR' THEN
               CASE WHEN cb = 0 OR cc = 0 THEN null
                    ELSE (toFloat(ca) * cd) / (toFloat(cb) * cc) END
             ELSE toFloat(ca)
           END AS rank
      ORDER BY rank IS NULL, $sign * rank DESC, ca DESC, a.id, b.kind, b.id
      WITH total, collect({a: a, r: r, b: b, withDrug: withDrug, withEvent: withEvent}) AS ranked
      UNWIND ranked[$offset..$offset + $limit] AS row
      WITH total, size(ranked) AS signals, row.a AS a, row.r AS r, row.b AS b, row
      RETURN total, signals, %s AS edge, row.withDrug AS withDrug, row.withEvent AS withEvent
      """
          .formatted(KnowledgeEdge.PROJECTION);

  private final Reads reads;

  public SideEffectSignals(Reads reads) {
    this.reads = reads;
  }

  /**
   * Drug → finding signals across all drugs, ranked, {@code limit} of them after the first {@code
   * offset}, with the number of all signals the ranking's minimum admits, in one query. The
   * measures of each are those of {@link #sideEffectSignals} for its drug.
   */
  public Page<SideEffectSignal> ranked(SignalRanking ranking, long offset, int limit) {
    LinkFilter links = ranking.links();
    long[] count = {0};
    List<SideEffectSignal> signals =
        reads.list(
            RANKED,
            Map.of(
                "all",
                links == LinkFilter.ALL,
                "minCases",
                ranking.minCases(),
                "order",
                ranking.order().name(),
                "sign",
                ranking.descending() ? 1 : -1,
                "offset",
                offset,
                "limit",
                limit),
            r -> {
              count[0] = r.get("signals").asLong();
              return SideEffectSignal.of(
                  KnowledgeEdge.of(r.get("edge"), links),
                  r.get("withDrug").asLong(),
                  r.get("withEvent").asLong(),
                  r.get("total").asLong());
            });
    if (signals.isEmpty() && offset > 0) {
      // A page past the end has no row to carry the count: ask for the first one.
      return new Page<>(List.of(), offset, ranked(ranking, 0, 1).totalCount());
    }
    return new Page<>(signals, offset, count[0]);
  }

  /**
   * The findings attributed to each of these drugs as side effects, by the given links, with the
   * 2×2 counts of cases and the disproportionality measures PRR and ROR, the strongest signal
   * first. The cases reporting a finding are those of its own concept, whether or not a drug was
   * blamed for it (ADR 006).
   */
  public Map<ConceptKey, List<SideEffectSignal>> sideEffectSignals(
      Collection<ConceptKey> drugs, LinkFilter links) {
    Map<ConceptKey, List<SideEffectSignal>> signals = new LinkedHashMap<>();
    drugs.forEach(key -> signals.put(key, new ArrayList<>()));
    reads
        .list(
            """
            MATCH (n:Case) WITH count(n) AS total
            UNWIND $keys AS key
            MATCH (a:Concept {kind: key.kind, id: key.id})-[r:CAUSES]->(b:Concept)
            WHERE $all OR r.cases > 0
            RETURN key.kind AS kind, key.id AS id, %s AS edge,
                   coalesce(a.affirmedCases, 0) AS withDrug,
                   coalesce(b.affirmedCases, 0) AS withEvent, total
            """
                .formatted(KnowledgeEdge.PROJECTION),
            Map.of("keys", Concepts.keyRows(drugs), "all", links == LinkFilter.ALL),
            r -> r)
        .forEach(
            r -> {
              KnowledgeEdge edge = KnowledgeEdge.of(r.get("edge"), links);
              Objects.requireNonNull(signals.get(Concepts.key(r)), "signal of a drug not asked for")
                  .add(
                      SideEffectSignal.of(
                          edge,
                          r.get("withDrug").asLong(),
                          r.get("withEvent").asLong(),
                          r.get("total").asLong()));
            });
    signals
        .values()
        .forEach(
            list ->
                list.sort(
                    (x, y) ->
                        Double.compare(
                            y.prr() == null ? -1 : y.prr(), x.prr() == null ? -1 : x.prr())));
    return signals;
  }
}
