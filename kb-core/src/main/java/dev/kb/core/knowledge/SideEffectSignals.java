package dev.kb.core.knowledge;

import dev.kb.core.concept.ConceptKey;
import dev.kb.core.concept.Concepts;
import dev.kb.core.graph.Reads;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Drug safety signals: the findings attributed to drugs as side effects, with their
 * disproportionality measures.
 */
public final class SideEffectSignals {

  private final Reads reads;

  public SideEffectSignals(Reads reads) {
    this.reads = reads;
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
