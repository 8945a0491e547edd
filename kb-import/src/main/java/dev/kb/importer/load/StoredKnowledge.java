package dev.kb.importer.load;

import dev.kb.core.concept.ConceptKind;
import dev.kb.core.fact.Experiencer;
import dev.kb.core.fact.Polarity;
import dev.kb.core.fact.Temporality;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Stored cases' support of knowledge edges, recomputed from their facts and links as stored, with
 * the minimum confidence each case was imported with: what a delete or a re-extraction takes away
 * again ({@link KnowledgeEdges} computes it as the import did, so the counts go down by exactly
 * what they went up). A case stored before links had confidences counted every link (the V012
 * migration gives them confidence 1 and the case a minimum of 0); the defaults of {@link
 * CaseCypher#STORED_FACTS} and {@link CaseCypher#STORED_RELATIONS} say the same.
 */
final class StoredKnowledge {

  private StoredKnowledge() {}

  /** A stored fact of case {@code caseId}, by its index in the case. */
  private record StoredFact(String caseId, double minimum, int index, KnowledgeEdges.FactKey key) {

    static StoredFact of(Record r) {
      return new StoredFact(
          r.get("id").asString(),
          r.get("minimum").asDouble(),
          r.get("index").asInt(),
          new KnowledgeEdges.FactKey(
              ConceptKind.parse(r.get("factKind").asString(r.get("kind").asString())),
              ConceptKind.parse(r.get("kind").asString()),
              r.get("conceptId").asString(),
              Polarity.valueOf(r.get("polarity").asString()),
              Temporality.valueOf(r.get("temporality").asString()),
              Experiencer.valueOf(r.get("experiencer").asString())));
    }
  }

  /** A stored link between two facts of case {@code caseId}, by their indexes in the case. */
  private record StoredRelation(String caseId, String type, int from, int to, double confidence) {

    static StoredRelation of(Record r) {
      return new StoredRelation(
          r.get("id").asString(),
          r.get("type").asString(),
          r.get("from").asInt(),
          r.get("to").asInt(),
          r.get("confidence").asDouble());
    }
  }

  /** The contributions of the cases of {@code caseIds}, read in the caller's transaction. */
  static List<KnowledgeEdges.Contribution> of(Neo4jClient client, List<String> caseIds) {
    Map<String, List<KnowledgeEdges.FactKey>> facts = new HashMap<>();
    // Per case: a fact's stored index -> its position in the case's list of facts.
    Map<String, Map<Integer, Integer>> positions = new HashMap<>();
    Map<String, Double> minimums = new HashMap<>();
    Collection<StoredFact> stored =
        client
            .query(CaseCypher.STORED_FACTS)
            .bind(caseIds)
            .to("ids")
            .fetchAs(StoredFact.class)
            .mappedBy((types, r) -> StoredFact.of(r))
            .all();
    for (StoredFact fact : stored) {
      List<KnowledgeEdges.FactKey> list =
          facts.computeIfAbsent(fact.caseId(), x -> new ArrayList<>());
      positions.computeIfAbsent(fact.caseId(), x -> new HashMap<>()).put(fact.index(), list.size());
      minimums.put(fact.caseId(), fact.minimum());
      list.add(fact.key());
    }
    Map<String, List<KnowledgeEdges.RelationKey>> relations = new HashMap<>();
    Collection<StoredRelation> links =
        client
            .query(CaseCypher.STORED_RELATIONS)
            .bind(caseIds)
            .to("ids")
            .fetchAs(StoredRelation.class)
            .mappedBy((types, r) -> StoredRelation.of(r))
            .all();
    for (StoredRelation r : links) {
      // The relations were read for the facts just read: each end is one of its case's facts.
      Map<Integer, Integer> position =
          Objects.requireNonNull(positions.get(r.caseId()), r.caseId());
      relations
          .computeIfAbsent(r.caseId(), x -> new ArrayList<>())
          .add(
              new KnowledgeEdges.RelationKey(
                  r.type(),
                  Objects.requireNonNull(position.get(r.from()), "fact " + r.from()),
                  Objects.requireNonNull(position.get(r.to()), "fact " + r.to()),
                  r.confidence()));
    }
    List<KnowledgeEdges.Contribution> contributions = new ArrayList<>();
    facts.forEach(
        (id, list) ->
            contributions.addAll(
                KnowledgeEdges.of(
                    list,
                    relations.getOrDefault(id, List.of()),
                    Objects.requireNonNull(minimums.get(id), id))));
    return contributions;
  }
}
