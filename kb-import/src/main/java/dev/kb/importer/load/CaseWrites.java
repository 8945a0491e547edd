package dev.kb.importer.load;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The loader's transactions: each runs {@link CaseCypher}'s statements through the {@link
 * GraphWriter}, which commits, rolls back and tries again on transient failures. The steps that
 * take place inside a caller's transaction (re-extraction, see {@link CaseLoader#reextract}) take
 * the transaction's client.
 */
final class CaseWrites {

  private final GraphWriter graph;

  CaseWrites(GraphWriter graph) {
    this.graph = graph;
  }

  /** The caller gave up on the import before its commit (see {@link ImportGuard}). */
  static final class GivenUpException extends RuntimeException {
    GivenUpException() {
      super("given up before the commit", null, false, false);
    }
  }

  /**
   * Writes rows of {@link CaseCypher#WRITE_CASES} in one transaction and returns the ids of the
   * cases created; a case already there is left as it is. Nothing is committed once the caller has
   * given up ({@link GivenUpException}); a caller with a deadline has the database give up by then
   * too.
   */
  List<String> writeNew(List<Map<String, Object>> rows, ImportGuard guard) {
    Map<String, Object> parameters = Map.of("cases", rows);
    Duration remaining = guard.budget().remaining();
    return graph.write(
        remaining,
        client -> {
          List<String> created =
              List.copyOf(
                  client
                      .query(CaseCypher.WRITE_CASES)
                      .bindAll(parameters)
                      .fetchAs(String.class)
                      .mappedBy((types, r) -> r.get("id").asString())
                      .all());
          if (!guard.startCommit()) {
            throw new GivenUpException(); // the transaction is rolled back
          }
          return created;
        });
  }

  /** Whether the case is stored. */
  boolean exists(String caseId) {
    return graph.read(
        client ->
            client
                .query(CaseCypher.CASE_EXISTS)
                .bind(caseId)
                .to("id")
                .fetchAs(Boolean.class)
                .mappedBy((types, r) -> r.get(0).asBoolean())
                .one()
                .orElse(false));
  }

  /**
   * Deletes a case with its facts, its support of knowledge edges, and the concepts no other case
   * mentions.
   *
   * @return whether the case existed
   */
  boolean delete(String caseId) {
    return graph.write(
        null,
        client -> {
          List<Map<String, Object>> touched = clear(client, List.of(caseId));
          boolean deleted =
              client
                      .query(CaseCypher.DELETE_CASE)
                      .bind(caseId)
                      .to("id")
                      .run()
                      .counters()
                      .nodesDeleted()
                  > 0;
          deleteOrphans(client, touched);
          return deleted;
        });
  }

  /** How many stored cases were read by another extractor, or counted with another minimum. */
  long staleCount(String version, double minimum) {
    return graph.read(
        client ->
            client
                .query(CaseCypher.STALE_COUNT)
                .bindAll(Map.of("version", version, "minimum", minimum))
                .fetchAs(Long.class)
                .mappedBy((types, r) -> r.get(0).asLong())
                .one()
                .orElse(0L));
  }

  /** The ids of up to {@code limit} stale cases after {@code after}, in id order. */
  List<String> staleIds(String version, double minimum, @Nullable String after, int limit) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("version", version);
    parameters.put("minimum", minimum);
    parameters.put("after", after == null ? "" : after);
    parameters.put("limit", limit);
    return graph.read(
        client ->
            List.copyOf(
                client
                    .query(CaseCypher.STALE_IDS)
                    .bindAll(parameters)
                    .fetchAs(String.class)
                    .mappedBy((types, r) -> r.get("id").asString())
                    .all()));
  }

  /**
   * Replaces the facts, relations and support of knowledge edges of the cases of these rows of
   * {@link CaseCypher#REWRITE_CASES} with the rows', in the caller's transaction; concepts no case
   * mentions any more are deleted.
   */
  static void rewrite(Neo4jClient client, List<Map<String, Object>> rows) {
    List<String> ids = rows.stream().map(row -> (String) row.get("id")).toList();
    List<Map<String, Object>> touched = clear(client, ids);
    client.query(CaseCypher.REWRITE_CASES).bind(rows).to("cases").run();
    deleteOrphans(client, touched);
  }

  /**
   * Takes these cases' facts out of the graph, with their relations, their support of knowledge
   * edges and their share of the concepts' case counts; the cases themselves stay. Returns the keys
   * of the concepts they were about, for {@link #deleteOrphans}.
   */
  private static List<Map<String, Object>> clear(Neo4jClient client, List<String> caseIds) {
    if (caseIds.isEmpty()) {
      return List.of();
    }
    removeKnowledge(client, StoredKnowledge.of(client, caseIds));
    return List.copyOf(
        client.query(CaseCypher.CLEAR).bind(caseIds).to("ids").fetch().all()); // rows of {kind, id}
  }

  /** Removes cases' support for knowledge edges; an edge no case supports is deleted. */
  private static void removeKnowledge(
      Neo4jClient client, List<KnowledgeEdges.Contribution> contributions) {
    if (contributions.isEmpty()) {
      return;
    }
    client
        .query(CaseCypher.REMOVE_KNOWLEDGE)
        .bind(contributions.stream().map(c -> c.row(-1)).toList())
        .to("edges")
        .run();
  }

  /** Deletes the concepts among these that no fact is about any more. */
  private static void deleteOrphans(Neo4jClient client, List<Map<String, Object>> concepts) {
    if (concepts.isEmpty()) {
      return;
    }
    client.query(CaseCypher.DELETE_ORPHANS).bind(concepts).to("keys").run();
  }
}
