package dev.kb.core.knowledge;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKey;

/**
 * An edge between two concepts, merged across cases.
 *
 * @param relation what the edge says
 * @param from the concept it starts at (the drug, the diagnosis, the investigation)
 * @param to the concept it ends at
 * @param cases how many cases support it
 * @param absentCases for {@link Relation#PRESENTS_WITH}: how many cases of the diagnosis explicitly
 *     rule the symptom out; 0 otherwise
 * @param mentions how many statements in all cases state it
 */
public record KnowledgeEdge(
    Relation relation, Concept from, Concept to, int cases, int absentCases, int mentions) {

  public ConceptKey fromKey() {
    return new ConceptKey(from.kind(), from.id());
  }

  public ConceptKey toKey() {
    return new ConceptKey(to.kind(), to.id());
  }
}
