package dev.kb.core.knowledge;

import dev.kb.core.concept.ConceptKey;
import dev.kb.core.concept.Concepts;
import dev.kb.core.graph.Reads;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What the investigations done in a diagnosis's cases showed. */
public final class InvestigationSummaries {

  private final Reads reads;

  public InvestigationSummaries(Reads reads) {
    this.reads = reads;
  }

  /**
   * For each diagnosis, the investigations done in its cases (affirmed diagnosis), in how many of
   * them each was abnormal or normal, and what they revealed there by the given links.
   */
  public Map<ConceptKey, List<InvestigationSummary>> investigationsOf(
      Collection<ConceptKey> diagnoses, LinkFilter links) {
    return reads.groupedByKey(
        diagnoses,
        """
        UNWIND $keys AS key
        MATCH (dx:Concept {kind: key.kind, id: key.id})
              <-[:ABOUT]-(:Fact {polarity: 'AFFIRMED'})<-[:HAS_FACT]-(c:Case)
        WITH DISTINCT key, c
        MATCH (c)-[:HAS_FACT]->(f:Fact {kind: 'Investigation'})
              -[:ABOUT]->(inv:Concept)
        OPTIONAL MATCH (f)-[revealed:REVEALS]->(:Fact)-[:ABOUT]->(found:Concept)
        WHERE $all OR revealed.confidence >= c.minConfidence
        WITH key, inv, c, collect(DISTINCT found) AS found,
             collect(DISTINCT f.result) AS results
        WITH key, inv, count(c) AS cases, collect(found) AS perCase,
             sum(CASE WHEN 'ABNORMAL' IN results OR size(found) > 0 THEN 1 ELSE 0 END)
               AS abnormalCases,
             sum(CASE WHEN 'NORMAL' IN results AND NOT 'ABNORMAL' IN results
                           AND size(found) = 0 THEN 1 ELSE 0 END) AS normalCases
        WITH key, inv, cases, abnormalCases, normalCases,
             reduce(acc = [], f IN perCase | acc + f) AS findings
        UNWIND (CASE WHEN findings = [] THEN [null] ELSE findings END) AS finding
        WITH key, inv, cases, abnormalCases, normalCases, finding, count(finding) AS n
        ORDER BY n DESC
        WITH key, inv, cases, abnormalCases, normalCases,
             collect(CASE WHEN finding IS NULL THEN null
                     ELSE {concept: %s, cases: n} END) AS findings
        ORDER BY cases DESC, inv.name
        RETURN key.kind AS kind, key.id AS id, %s AS investigation,
               cases, abnormalCases, normalCases, findings
        """
            .formatted(Concepts.projection("finding"), Concepts.projection("inv")),
        Map.of("keys", Concepts.keyRows(diagnoses), "all", links == LinkFilter.ALL),
        Concepts::key,
        r ->
            new InvestigationSummary(
                Concepts.concept(r.get("investigation")),
                r.get("cases").asInt(),
                r.get("abnormalCases").asInt(),
                r.get("normalCases").asInt(),
                r.get("findings")
                    .asList(
                        f ->
                            new InvestigationSummary.FindingCount(
                                Concepts.concept(f.get("concept")), f.get("cases").asInt()))));
  }
}
