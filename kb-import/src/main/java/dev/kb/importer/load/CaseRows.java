package dev.kb.importer.load;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKind;
import dev.kb.core.fact.Polarity;
import dev.kb.importer.extract.Extraction;
import dev.kb.importer.extract.LinkConfidence;
import dev.kb.importer.extract.Mention;
import dev.kb.importer.extract.Relation;
import dev.kb.importer.extract.RelationType;
import dev.kb.importer.extract.Sentence;
import dev.kb.importer.load.CasePreparation.PreparedCase;
import dev.kb.importer.terminology.CodeHierarchy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Turns a prepared case ({@link CasePreparation}) into the one row of {@code $cases} its write
 * needs (see {@link CaseCypher}): the case's properties, its concepts, its facts, the relations
 * between them and its support of knowledge edges, all as plain maps and lists the driver sends as
 * they are. No database here: the rows are computed before the transaction starts.
 */
final class CaseRows {

  private final double minConfidence;
  private final CodeHierarchy hierarchy;

  /**
   * @param minConfidence the least confidence of a link between facts that counts in the knowledge
   *     edges and makes a finding a side effect
   * @param hierarchy gives each concept's ancestors, stored on its node (ADR 013)
   */
  CaseRows(double minConfidence, CodeHierarchy hierarchy) {
    this.minConfidence = minConfidence;
    this.hierarchy = hierarchy;
  }

  /** Everything the write needs of one case, as one row of {@code $cases}. */
  Map<String, Object> row(PreparedCase prepared) {
    String caseId = prepared.caseId();
    Extraction extraction = prepared.extraction();
    List<ConceptKind> kinds = factKinds(extraction, minConfidence);
    Map<String, Object> row = new HashMap<>();
    row.put("id", caseId);
    row.put("props", caseProperties(prepared.hash(), prepared.document(), extraction));
    row.put("read", readProperties(extraction));
    row.put("concepts", conceptRows(extraction.mentions()));
    row.put("facts", factRows(caseId, extraction, kinds));
    row.put("relations", relationRows(extraction.relations()));
    row.put(
        "edges", knowledge(extraction, kinds, minConfidence).stream().map(c -> c.row(+1)).toList());
    return row;
  }

  /**
   * The kind each mention is stored as. A finding is a side effect when a drug is linked to it at
   * least as confidently as the minimum, whatever the extractor called it: below that the link is
   * stored, but the finding stays the symptom or diagnosis it is.
   */
  private static List<ConceptKind> factKinds(Extraction extraction, double minimum) {
    List<Mention> mentions = extraction.mentions();
    boolean[] caused = new boolean[mentions.size()];
    for (Relation r : extraction.relations()) {
      if (r.type() == RelationType.CAUSES && LinkConfidence.counts(r.confidence(), minimum)) {
        caused[r.to()] = true;
      }
    }
    List<ConceptKind> kinds = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      ConceptKind conceptKind = findingConcept(mentions.get(i)).kind();
      boolean finding = conceptKind == ConceptKind.SYMPTOM || conceptKind == ConceptKind.DIAGNOSIS;
      kinds.add(caused[i] && finding ? ConceptKind.SIDE_EFFECT : conceptKind);
    }
    return kinds;
  }

  /**
   * The concept node a mention is about: its own concept. A side effect is a kind of fact, not of
   * concept (ADR 006); a concept an extractor still calls a side effect is the symptom of that id.
   */
  private static Concept findingConcept(Mention mention) {
    Concept concept = mention.concept();
    return concept.kind() == ConceptKind.SIDE_EFFECT
        ? concept.asKind(ConceptKind.SYMPTOM)
        : concept;
  }

  /** What this extraction adds to the knowledge-level edges, its facts stored as these kinds. */
  private static List<KnowledgeEdges.Contribution> knowledge(
      Extraction extraction, List<ConceptKind> kinds, double minimum) {
    List<Mention> mentions = extraction.mentions();
    List<KnowledgeEdges.FactKey> facts = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Concept concept = findingConcept(m);
      facts.add(
          new KnowledgeEdges.FactKey(
              kinds.get(i),
              concept.kind(),
              concept.id(),
              m.polarity(),
              m.temporality(),
              m.experiencer()));
    }
    return KnowledgeEdges.of(
        facts,
        extraction.relations().stream()
            .map(
                r ->
                    new KnowledgeEdges.RelationKey(
                        r.type().name(), r.from(), r.to(), r.confidence()))
            .toList(),
        minimum);
  }

  private Map<String, Object> caseProperties(
      String hash, CaseDocument document, Extraction extraction) {
    Map<String, Object> props = new HashMap<>(readProperties(extraction));
    props.put("contentHash", hash);
    props.put("text", document.text());
    props.put("title", document.title() != null ? document.title() : extraction.title());
    props.put("source", document.source());
    props.values().removeIf(v -> v == null);
    return props;
  }

  /**
   * The case's properties that come from reading its text, which a re-extraction replaces; a value
   * the text no longer gives is null, which removes it.
   */
  private Map<String, Object> readProperties(Extraction extraction) {
    Map<String, Object> props = new HashMap<>();
    props.put("extractorVersion", extraction.extractorVersion());
    props.put("minConfidence", minConfidence);
    props.put("patientAge", extraction.patientAge());
    props.put("patientSex", extraction.patientSex());
    props.put("mainDiagnosis", MainDiagnosis.of(extraction.mentions()));
    return props;
  }

  // One row per concept of the case (the write merges the batch's concepts in key order).
  private List<Map<String, Object>> conceptRows(List<Mention> mentions) {
    Map<String, Map<String, Object>> rows = new TreeMap<>();
    for (Mention mention : mentions) {
      Concept concept = findingConcept(mention);
      Map<String, Object> row =
          rows.computeIfAbsent(
              concept.kind().label() + "\u0000" + concept.id(),
              key -> {
                Map<String, Object> fresh = new HashMap<>();
                fresh.put("label", concept.kind().label());
                fresh.put("id", concept.id());
                fresh.put("name", concept.name());
                fresh.put("synonyms", concept.synonyms());
                fresh.put("codes", concept.codes());
                fresh.put("ancestors", ancestors(concept));
                fresh.put("affirmed", 0);
                return fresh;
              });
      if (mention.polarity() == Polarity.AFFIRMED) {
        row.put("affirmed", 1);
      }
    }
    return List.copyOf(rows.values());
  }

  /** The codes above the concept's id and codes in the terminologies. */
  private List<String> ancestors(Concept concept) {
    List<String> codes = new ArrayList<>(concept.codes().size() + 1);
    codes.add(concept.id());
    codes.addAll(concept.codes());
    return hierarchy.ancestors(codes);
  }

  private static List<Map<String, Object>> factRows(
      String caseId, Extraction extraction, List<ConceptKind> kinds) {
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Mention> mentions = extraction.mentions();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Concept concept = findingConcept(m);
      Sentence sentence = sentenceOf(extraction, m.evidence().sentenceIndex());
      Map<String, Object> props = new HashMap<>();
      props.put("id", factId(caseId, i));
      // With caseImportedAt, set by the write: the fact_concept_case index lists a concept's
      // cases in import order (see CaseReports). The key is the concept node's, a side effect's
      // too: the finding's concept lists every case that reports it.
      props.put("concept", concept.kind().label() + "/" + concept.id());
      props.put("caseId", caseId);
      props.put("index", i);
      props.put("kind", kinds.get(i).label());
      props.put("polarity", m.polarity().name());
      props.put("certainty", m.certainty().name());
      props.put("temporality", m.temporality().name());
      props.put("experiencer", m.experiencer().name());
      props.put("confidence", m.confidence());
      props.put("sentenceIndex", m.evidence().sentenceIndex());
      props.put("sentenceStart", sentence == null ? m.evidence().start() : sentence.start());
      props.put("sentenceEnd", sentence == null ? m.evidence().end() : sentence.end());
      props.put("start", m.evidence().start());
      props.put("end", m.evidence().end());
      props.put("matchedText", m.evidence().matchedText());
      if (m.result() != null) {
        props.put("result", m.result().name());
      }
      rows.add(
          Map.of(
              "label", concept.kind().label(),
              "conceptId", concept.id(),
              "props", props));
    }
    return rows;
  }

  private static @Nullable Sentence sentenceOf(Extraction extraction, int index) {
    return index < extraction.sentences().size() ? extraction.sentences().get(index) : null;
  }

  // Relations name their facts by index: the write creates a case's facts first and links them
  // from that list, without looking each fact up again.
  private static List<Map<String, Object>> relationRows(List<Relation> relations) {
    return relations.stream()
        .<Map<String, Object>>map(
            r -> {
              Map<String, Object> props = new HashMap<>();
              props.put("confidence", r.confidence());
              if (r.outcome() != null) {
                props.put("outcome", r.outcome().name());
              }
              return Map.of(
                  "type", r.type().name(), "from", r.from(), "to", r.to(), "props", props);
            })
        .toList();
  }

  static String factId(String caseId, int index) {
    return caseId + "-f" + index;
  }
}
