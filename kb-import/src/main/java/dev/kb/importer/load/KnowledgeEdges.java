package dev.kb.importer.load;

import dev.kb.core.concept.ConceptKind;
import dev.kb.core.fact.Experiencer;
import dev.kb.core.fact.Polarity;
import dev.kb.core.fact.Temporality;
import dev.kb.importer.extract.LinkConfidence;
import dev.kb.importer.lexicon.GenericConcepts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one case contributes to the knowledge-level edges between concepts: drug treats diagnosis,
 * drug causes finding, investigation reveals finding (from the case's relations), and diagnosis
 * presents with symptom (from the facts the case holds together). A generic outcome ("symptoms",
 * "complications", "no abnormality": {@link GenericConcepts}) is a fact of its case but takes part
 * in no edge, as it names no particular finding.
 *
 * <p>An edge from relations counts twice: over the links at least as confident as the minimum
 * ({@code cases}, {@code mentions}), which statistics use, and over all links ({@code allCases},
 * {@code allMentions}), so that a researcher can see the weak ones too.
 *
 * <p>The same computation runs on import (from the extraction) and on delete (from the facts and
 * relations read back from the graph, with the minimum the case was imported with), so the support
 * counts go up and down by exactly the same amounts.
 */
final class KnowledgeEdges {

  // "symptoms", "complications": no particular finding to link a concept to.
  private static final GenericConcepts GENERIC = GenericConcepts.bundled();

  private KnowledgeEdges() {}

  /**
   * The part of a fact the edges depend on.
   *
   * @param kind the fact's kind: a side effect's is {@link ConceptKind#SIDE_EFFECT}
   * @param conceptKind the kind of the concept node the fact is about (never a side effect)
   */
  record FactKey(
      ConceptKind kind,
      ConceptKind conceptKind,
      String conceptId,
      Polarity polarity,
      Temporality temporality,
      Experiencer experiencer) {

    // A past history ("a history of viral meningitis", "no history of seizures") neither presents
    // with today's findings nor rules them out.
    boolean aboutThePatientNow() {
      return experiencer == Experiencer.PATIENT && temporality == Temporality.CURRENT;
    }

    /** A fact of its concept's own kind. */
    FactKey(
        ConceptKind kind,
        String conceptId,
        Polarity polarity,
        Temporality temporality,
        Experiencer experiencer) {
      this(kind, kind, conceptId, polarity, temporality, experiencer);
    }
  }

  /** A relation between two facts of the case, by their index, with its confidence. */
  record RelationKey(String type, int from, int to, double confidence) {

    /** A relation the extractor is sure of. */
    RelationKey(String type, int from, int to) {
      this(type, from, to, 1.0);
    }
  }

  /**
   * One edge's change.
   *
   * @param type the relationship type: TREATS, CAUSES, REVEALS or PRESENTS_WITH
   * @param cases 1 when the case supports the edge as present (by a confident link), else 0
   * @param absentCases 1 when the case explicitly rules the finding out (PRESENTS_WITH only)
   * @param mentions how many confident relations of the case state the edge
   * @param allCases 1 when the case supports the edge by any link, however weak, else 0
   * @param allMentions how many relations of the case state the edge, however weak
   */
  record Contribution(
      String type,
      ConceptKind fromKind,
      String fromId,
      ConceptKind toKind,
      String toId,
      int cases,
      int absentCases,
      int mentions,
      int allCases,
      int allMentions) {

    Map<String, Object> row(int sign) {
      Map<String, Object> row = new HashMap<>();
      row.put("type", type);
      row.put("fromKind", fromKind.label());
      row.put("fromId", fromId);
      row.put("toKind", toKind.label());
      row.put("toId", toId);
      row.put("cases", sign * cases);
      row.put("absentCases", sign * absentCases);
      row.put("mentions", sign * mentions);
      row.put("allCases", sign * allCases);
      row.put("allMentions", sign * allMentions);
      return row;
    }
  }

  /** The contributions when every link counts, whatever its confidence. */
  static List<Contribution> of(List<FactKey> facts, List<RelationKey> relations) {
    return of(facts, relations, 0);
  }

  /**
   * The contributions, sorted by edge so that concurrent writers lock edges in one order.
   *
   * @param minimum the least confidence of a link that counts in {@code cases} and {@code mentions}
   */
  static List<Contribution> of(List<FactKey> facts, List<RelationKey> relations, double minimum) {
    Map<String, Contribution> edges = new TreeMap<>();
    for (RelationKey relation : relations) {
      FactKey from = facts.get(relation.from());
      FactKey to = facts.get(relation.to());
      if (GENERIC.contains(from.conceptId()) || GENERIC.contains(to.conceptId())) {
        // "CT showed abnormalities": no particular finding to link.
        continue;
      }
      String key =
          relation.type()
              + '|'
              + from.conceptKind()
              + from.conceptId()
              + '|'
              + to.conceptKind()
              + to.conceptId();
      int confident = LinkConfidence.counts(relation.confidence(), minimum) ? 1 : 0;
      Contribution seen = edges.get(key);
      edges.put(
          key,
          new Contribution(
              relation.type(),
              from.conceptKind(),
              from.conceptId(),
              to.conceptKind(),
              to.conceptId(),
              seen == null ? confident : Math.max(seen.cases(), confident),
              0,
              (seen == null ? 0 : seen.mentions()) + confident,
              1,
              (seen == null ? 0 : seen.allMentions()) + 1));
    }
    edges.putAll(presentations(facts));
    return new ArrayList<>(edges.values());
  }

  /**
   * Each diagnosis the case affirms, with each symptom it reports: present when any fact affirms
   * the symptom, absent when the case only ever rules it out. A generic outcome ("symptoms",
   * "complications", see {@link GenericConcepts}) is no particular symptom and gets no edge; a
   * finding a drug is held responsible for is a side effect, not a presentation of the diagnosis.
   * These edges rest on facts, not links, so their counts over all links are the same.
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
                      0,
                      present ? 1 : 0,
                      0)));
    }
    return edges;
  }
}
