package dev.kb.importer.load;

/**
 * The Cypher of the loader's writes ({@link CaseWrites}), in one place: the batch write of new
 * cases, the rewrite of re-extracted ones, and the statements that take a case's facts and its
 * support of knowledge edges out again.
 *
 * <p>Every list is written with one {@code UNWIND} statement, so a batch costs one round trip, not
 * one per case or per fact.
 */
final class CaseCypher {

  private CaseCypher() {}

  /**
   * Writes the cases of {@code $cases} that are not there yet: each case, its concepts (merged),
   * its facts, the relations between them and its support of knowledge edges. Returns the ids of
   * the cases it wrote. One statement, so a batch costs one round trip, not one per list.
   */
  static final String WRITE_CASES =
      """
      UNWIND $cases AS row
      MERGE (c:Case {id: row.id})
      ON CREATE SET c += row.props, c.importedAt = datetime(), c.fresh = true
      WITH c, row, coalesce(c.fresh, false) AS created
      REMOVE c.fresh
      WITH c, row WHERE created
      WITH collect({node: c, row: row}) AS written
      """
          + CaseCypher.writeContent()
          + """
      UNWIND written AS w
      RETURN w.node.id AS id
      """;

  /**
   * Writes the content of the cases of {@code $cases}, which exist and hold no facts (see {@link
   * #CLEAR}): what their texts were read as now, with the extractor's version and the minimum
   * confidence they were counted with. Title, source and import time stay.
   */
  static final String REWRITE_CASES =
      """
      UNWIND $cases AS row
      MATCH (c:Case {id: row.id})
      SET c += row.read
      WITH collect({node: c, row: row}) AS written
      """
          + CaseCypher.writeContent();

  /**
   * The part of a write after the cases of the batch are bound, as {@code written}, a list of
   * {@code {node, row}}: their concepts, facts, relations and knowledge edges.
   *
   * <p>The concepts of the whole batch are merged first, once each and in key order, which locks
   * them all up front in an order every importer shares: concurrent batches that meet the same
   * concepts wait for each other instead of deadlocking. Everything after that (facts, relations,
   * knowledge edges) only touches concepts this transaction already holds. Knowledge edges are
   * summed over the batch, so an edge many cases support is updated once.
   */
  private static String writeContent() {
    return """
      CALL (written) {
        UNWIND written AS w
        UNWIND w.row.concepts AS k
        WITH k.label AS label, k.id AS id, collect(k)[0] AS k, count(*) AS cases,
             sum(k.affirmed) AS affirmed
        ORDER BY label, id
        MERGE (n:Concept {kind: label, id: id})
        ON CREATE SET n:$(label), n.name = k.name, n.synonyms = k.synonyms, n.codes = k.codes
        // Every write: a concept stored before ancestors were (ADR 013) gets them when a case
        // about it is written or re-extracted.
        SET n.ancestors = k.ancestors,
            n.cases = coalesce(n.cases, 0) + cases,
            n.affirmedCases = coalesce(n.affirmedCases, 0) + affirmed
      }
      CALL (written) {
        UNWIND written AS w
        WITH w.node AS c, w.row AS row
        CALL (c, row) {
          UNWIND row.facts AS f
          MATCH (k:Concept {kind: f.label, id: f.conceptId})
          USING INDEX k:Concept(kind, id)
          CREATE (c)-[:HAS_FACT]->(x:Fact)-[:ABOUT]->(k)
          SET x = f.props, x.caseImportedAt = c.importedAt
          WITH x ORDER BY x.index
          RETURN collect(x) AS facts
        }
        UNWIND row.relations AS r
        WITH facts[r.from] AS a, facts[r.to] AS b, r
        CREATE (a)-[rel:$(r.type)]->(b)
        SET rel = r.props
      }
      CALL (written) {
        UNWIND written AS w
        UNWIND w.row.edges AS e
        WITH e.type AS type, e.fromKind AS fromKind, e.fromId AS fromId, e.toKind AS toKind,
             e.toId AS toId, sum(e.cases) AS cases, sum(e.absentCases) AS absentCases,
             sum(e.mentions) AS mentions, sum(e.allCases) AS allCases,
             sum(e.allMentions) AS allMentions
        WITH collect({type: type, fromKind: fromKind, fromId: fromId, toKind: toKind,
                      toId: toId, cases: cases, absentCases: absentCases,
                      mentions: mentions, allCases: allCases,
                      allMentions: allMentions}) AS edges
      """
        + KnowledgeUpdate.cypher()
        + """
      }
      """;
  }

  /** Marks the cases of {@code $ids} as being re-extracted, which locks them, in id order. */
  static final String LOCK_CASES =
      """
      UNWIND $ids AS id
      MATCH (c:Case {id: id})
      SET c.reextracting = true
      """;

  /** Releases the cases {@link #LOCK_CASES} marked. */
  static final String UNLOCK_CASES =
      "UNWIND $ids AS id MATCH (c:Case {id: id}) REMOVE c.reextracting";

  /**
   * The stored text of the cases of {@code $ids}, and whether each was read by extractor {@code
   * $version} with minimum confidence {@code $minimum} already.
   */
  static final String STORED_CASES =
      """
      UNWIND $ids AS id
      MATCH (c:Case {id: id})
      RETURN c.id AS id, c.text AS text, c.title AS title, c.source AS source,
             c.contentHash AS hash,
             c.extractorVersion = $version AND c.minConfidence = $minimum AS current
      """;

  /**
   * Takes the facts of the cases of {@code $ids} out of the graph, with their relations and their
   * share of the concepts' case counts (the cases stay). Returns the keys of the concepts they were
   * about, for {@link #DELETE_ORPHANS}.
   */
  static final String CLEAR =
      """
      UNWIND $ids AS id
      MATCH (c:Case {id: id})-[:HAS_FACT]->(f:Fact)-[:ABOUT]->(k:Concept)
      WITH c, k, collect(f) AS kFacts,
           max(CASE f.polarity WHEN 'AFFIRMED' THEN 1 ELSE 0 END) AS affirmed
      WITH k, count(c) AS cases, sum(affirmed) AS affirmed, collect(kFacts) AS nested
      ORDER BY k.kind, k.id
      SET k.cases = k.cases - cases, k.affirmedCases = k.affirmedCases - affirmed
      WITH k, reduce(acc = [], x IN nested | acc + x) AS facts
      FOREACH (f IN facts | DETACH DELETE f)
      RETURN k.kind AS kind, k.id AS id
      """;

  /** Deletes the concepts of {@code $keys} that no fact is about any more. */
  static final String DELETE_ORPHANS =
      """
      UNWIND $keys AS key
      MATCH (k:Concept {kind: key.kind, id: key.id})
      WHERE NOT (k)<-[:ABOUT]-(:Fact)
      DETACH DELETE k
      """;

  /** Removes the support for knowledge edges of the rows of {@code $edges}. */
  static final String REMOVE_KNOWLEDGE = "WITH $edges AS edges\n" + KnowledgeUpdate.cypher();

  /** The stored facts of the cases of {@code $ids}, with what the knowledge edges depend on. */
  static final String STORED_FACTS =
      """
      UNWIND $ids AS id
      MATCH (c:Case {id: id})-[:HAS_FACT]->(f:Fact)-[:ABOUT]->(k:Concept)
      RETURN id, coalesce(c.minConfidence, 0.0) AS minimum, f.index AS index,
             f.kind AS factKind, k.kind AS kind, k.id AS conceptId,
             f.polarity AS polarity, f.temporality AS temporality,
             f.experiencer AS experiencer
      ORDER BY id, index
      """;

  /** The stored relations between the facts of the cases of {@code $ids}. */
  static final String STORED_RELATIONS =
      """
      UNWIND $ids AS id
      MATCH (:Case {id: id})-[:HAS_FACT]->(a:Fact)-[r:TREATS|CAUSES|REVEALS]->(b:Fact)
      RETURN id, type(r) AS type, a.index AS from, b.index AS to,
             coalesce(r.confidence, 1.0) AS confidence
      """;

  /** Deletes the case {@code $id} itself (its facts are cleared first). */
  static final String DELETE_CASE = "MATCH (c:Case {id: $id}) DETACH DELETE c";

  /** Whether the case {@code $id} is stored. */
  static final String CASE_EXISTS = "MATCH (c:Case {id: $id}) RETURN count(c) > 0";

  // A case whose facts another extractor read, or whose links were counted with another minimum.
  private static final String STALE =
      "(c.extractorVersion <> $version OR c.minConfidence IS NULL OR c.minConfidence <> $minimum)";

  /** How many cases are stale for extractor {@code $version} and minimum {@code $minimum}. */
  static final String STALE_COUNT = "MATCH (c:Case) WHERE " + STALE + " RETURN count(c)";

  /** The ids of up to {@code $limit} stale cases after {@code $after}, in id order. */
  static final String STALE_IDS =
      "MATCH (c:Case) WHERE c.id > $after AND "
          + STALE
          + " RETURN c.id AS id ORDER BY id LIMIT $limit";
}
