package dev.kb.core.knowledge;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKey;
import dev.kb.core.concept.Concepts;
import org.neo4j.driver.Value;

/**
 * An edge between two concepts, merged across cases.
 *
 * @param relation what the edge says
 * @param from the concept it starts at (the drug, the diagnosis, the investigation)
 * @param to the concept it ends at
 * @param cases how many cases support it by a confident link (for {@link Relation#PRESENTS_WITH},
 *     which rests on facts, not links: how many cases of the diagnosis report the symptom)
 * @param absentCases for {@link Relation#PRESENTS_WITH}: how many cases of the diagnosis explicitly
 *     rule the symptom out; 0 otherwise
 * @param mentions how many confident statements in all cases state it
 * @param allCases how many cases support it by any link, however weak
 * @param allMentions how many statements in all cases state it, however weak
 * @param links which links the edge was listed by, and its evidence and outcomes count
 */
public record KnowledgeEdge(
    Relation relation,
    Concept from,
    Concept to,
    int cases,
    int absentCases,
    int mentions,
    int allCases,
    int allMentions,
    LinkFilter links) {

  /**
   * The map projection of a relationship {@code r} from {@code a} to {@code b} that {@link
   * #of(Value, LinkFilter)} reads.
   */
  static final String PROJECTION =
      """
      {relation: type(r), from: %s, to: %s,
       cases: r.cases, absentCases: r.absentCases, mentions: r.mentions,
       allCases: r.allCases, allMentions: r.allMentions}
      """
          .formatted(Concepts.projection("a"), Concepts.projection("b"));

  /** An edge from a map made by {@link #PROJECTION}, listed by these links. */
  static KnowledgeEdge of(Value v, LinkFilter links) {
    return new KnowledgeEdge(
        Relation.valueOf(v.get("relation").asString()),
        Concepts.concept(v.get("from")),
        Concepts.concept(v.get("to")),
        v.get("cases").asInt(0),
        v.get("absentCases").asInt(0),
        v.get("mentions").asInt(0),
        v.get("allCases").asInt(0),
        v.get("allMentions").asInt(0),
        links);
  }

  public ConceptKey fromKey() {
    return new ConceptKey(from.kind(), from.id());
  }

  public ConceptKey toKey() {
    return new ConceptKey(to.kind(), to.id());
  }

  /** The cases supporting the edge by the links it was listed by. */
  public int casesOfLinks() {
    return links == LinkFilter.ALL ? allCases : cases;
  }
}
