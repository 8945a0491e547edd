package dev.kb.importer.load;

import dev.kb.core.concept.ConceptKind;
import dev.kb.core.fact.Experiencer;
import dev.kb.core.fact.Polarity;
import dev.kb.core.fact.Temporality;
import dev.kb.importer.lexicon.GenericConcepts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one case contributes to the knowledge-level edges between concepts: drug treats diagnosis,
 * drug causes side effect, investigation reveals finding (from the case's relations), and diagnosis
 * presents with symptom (from the facts the case holds together). A generic outcome ("symptoms",
 * "complications", "no abnormality": {@link GenericConcepts}) is a fact of its case but takes part
 * in no edge, as it names no particular finding.
 *
 * <p>The same computation runs on import (from the extraction) and on delete (from the facts read
 * back from the graph), so the support counts go up and down by exactly the same amounts.
 */
final class KnowledgeEdges {

  // "symptoms", "complications": no particular finding to link a concept to.
  private static final GenericConcepts GENERIC = GenericConcepts.bundled();

  private KnowledgeEdges() {}

  /** The part of a fact the edges depend on. */
  record FactKey(
      ConceptKind kind,
      String conceptId,
      Polarity polarity,
      Temporality temporality,
      Experiencer experiencer) {

    // A past history ("a history of viral meningitis", "no history of seizures") neither presents
    // with today's findings nor rules them out.
    boolean aboutThePatientNow() {
      return experiencer == Experiencer.PATIENT && temporality == Temporality.CURRENT;
    }
  }

  /** A relation between two facts of the case, by their index. */
  record RelationKey(String type, int from, int to) {}

  /**
   * One edge's change.
   *
   * @param type the relationship type: TREATS, CAUSES, REVEALS or PRESENTS_WITH
   * @param cases 1 when the case supports the edge as present, else 0
   * @param absentCases 1 when the case explicitly rules the finding out (PRESENTS_WITH only)
   * @param mentions how many relations of the case state the edge
   */
  record Contribution(
      String type,
      ConceptKind fromKind,
      String fromId,
      ConceptKind toKind,
      String toId,
      int cases,
      int absentCases,
      int mentions) {

    Map<String, Object> row(int sign) {
      return Map.of(
          "type",
          type,
          "fromKind",
          fromKind.label(),
          "fromId",
          fromId,
          "toKind",
          toKind.label(),
          "toId",
          toId,
          "cases",
          sign * cases,
          "absentCases",
          sign * absentCases,
          "mentions",
          sign * mentions);
    }
  }

  /** The contributions, sorted by edge so that concurrent writers lock edges in one order. */
  static List<Contribution> of(List<FactKey> facts, List<RelationKey> relations) {
    Map<String, Contribution> edges = new TreeMap<>();
    for (RelationKey relation : relations) {
      FactKey from = facts.get(relation.from());
      FactKey to = facts.get(relation.to());
      if (GENERIC.contains(from.conceptId()) || GENERIC.contains(to.conceptId())) {
        // "CT showed abnormalities": no particular finding to link.
        continue;
      }
      String key =
          relation.type() + '|' + from.kind() + from.conceptId() + '|' + to.kind() + to.conceptId();
      Contribution seen = edges.get(key);
      edges.put(
          key,
          new Contribution(
              relation.type(),
              from.kind(),
              from.conceptId(),
              to.kind(),
              to.conceptId(),
              1,
              0,
              seen == null ? 1 : seen.mentions() + 1));
    }
    edges.putAll(presentations(facts));
    return new ArrayList<>(edges.values());
  }

  /**
   * Each diagnosis the case affirms, with each symptom it reports: present when any fact affirms
   * the symptom, absent when the case only ever rules it out. A generic outcome ("symptoms",
   * "complications", see {@link GenericConcepts}) is no particular symptom and gets no edge.
   */
  private static Map<String, Contribution> presentations(List<FactKey> facts) {
    Map<String, FactKey> diagnoses = new LinkedHashMap<>();
    Map<String, Boolean> symptomPresent = new LinkedHashMap<>();
    for (FactKey fact : facts) {
      if (!fact.aboutThePatientNow()) {
        continue;
      }
      if (fact.kind() == ConceptKind.DIAGNOSIS && fact.polarity() == Polarity.AFFIRMED) {
        diagnoses.putIfAbsent(fact.conceptId(), fact);
      } else if (fact.kind() == ConceptKind.SYMPTOM && !GENERIC.contains(fact.conceptId())) {
        symptomPresent.merge(
            fact.conceptId(), fact.polarity() == Polarity.AFFIRMED, Boolean::logicalOr);
      }
    }
    Map<String, Contribution> edges = new LinkedHashMap<>();
    for (String diagnosis : diagnoses.keySet()) {
      symptomPresent.forEach(
          (symptom, present) ->
              edges.put(
                  "PRESENTS_WITH|" + diagnosis + '|' + symptom,
                  new Contribution(
                      "PRESENTS_WITH",
                      ConceptKind.DIAGNOSIS,
                      diagnosis,
                      ConceptKind.SYMPTOM,
                      symptom,
                      present ? 1 : 0,
                      present ? 0 : 1,
                      0)));
    }
    return edges;
  }
}
