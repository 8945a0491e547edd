package dev.kb.importer.load;

import dev.kb.importer.extract.TimeBudget;
import dev.kb.importer.load.CasePreparation.PreparedCase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Reads stored cases again with the loader's extractor and minimum confidence (see {@link
 * CaseLoader#reextract}): their facts, relations and support of knowledge edges are replaced, each
 * batch in one transaction, each case all or nothing.
 */
final class Reextraction {

  private final GraphWriter graph;
  private final CaseWrites writes;
  private final CasePreparation preparation;
  private final CaseRows rows;
  private final double minConfidence;

  Reextraction(
      GraphWriter graph,
      CaseWrites writes,
      CasePreparation preparation,
      CaseRows rows,
      double minConfidence) {
    this.graph = graph;
    this.writes = writes;
    this.preparation = preparation;
    this.rows = rows;
    this.minConfidence = minConfidence;
  }

  /** See {@link CaseLoader#staleCount()}. */
  long staleCount() {
    return writes.staleCount(version(), minConfidence);
  }

  /** See {@link CaseLoader#staleIds}. */
  List<String> staleIds(@Nullable String after, int limit) {
    return writes.staleIds(version(), minConfidence, after, limit);
  }

  /** See {@link CaseLoader#reextractStale}. */
  void reextractStale(int batchSize, BooleanSupplier stop, Consumer<ReextractOutcome> each) {
    String after = null;
    while (!stop.getAsBoolean()) {
      List<String> ids = staleIds(after, batchSize);
      if (ids.isEmpty()) {
        return;
      }
      reextract(ids).forEach(each);
      after = ids.getLast();
    }
  }

  /** See {@link CaseLoader#reextract}: when the transaction fails, each case is tried alone. */
  List<ReextractOutcome> reextract(List<String> caseIds) {
    try {
      return reextractInOne(caseIds);
    } catch (RuntimeException e) {
      if (caseIds.size() == 1) {
        return List.of(
            new ReextractOutcome(
                ReextractOutcome.Status.FAILED, caseIds.getFirst(), "failed: " + e.getMessage()));
      }
      List<ReextractOutcome> outcomes = new ArrayList<>(caseIds.size());
      for (String caseId : caseIds) {
        outcomes.addAll(reextract(List.of(caseId)));
      }
      return outcomes;
    }
  }

  private List<ReextractOutcome> reextractInOne(List<String> caseIds) {
    List<String> ids = caseIds.stream().distinct().sorted().toList();
    Map<String, ReextractOutcome> outcomes = graph.write(null, client -> reextractIn(client, ids));
    return caseIds.stream()
        .map(
            id ->
                outcomes.getOrDefault(
                    id, new ReextractOutcome(ReextractOutcome.Status.FAILED, id, "no such case")))
        .toList();
  }

  /** One attempt at the batch, in the transaction of {@code client}: the outcomes by case id. */
  private Map<String, ReextractOutcome> reextractIn(Neo4jClient client, List<String> ids) {
    // Lock the cases first, in id order: a concurrent run waits here and then finds them
    // current, instead of replacing the same facts twice.
    client.query(CaseCypher.LOCK_CASES).bind(ids).to("ids").run();
    Map<String, ReextractOutcome> outcomes = new HashMap<>();
    List<Map<String, Object>> rewritten = new ArrayList<>();
    for (StoredCase stored : storedCases(client, ids)) {
      String id = stored.id();
      if (stored.current()) {
        outcomes.put(
            id, new ReextractOutcome(ReextractOutcome.Status.CURRENT, id, "already current"));
        continue;
      }
      CaseDocument document = new CaseDocument(stored.text(), stored.source(), stored.title());
      try {
        PreparedCase prepared =
            preparation.prepare(id, stored.hash(), document, TimeBudget.unlimited());
        rewritten.add(rows.row(prepared));
        outcomes.put(
            id, new ReextractOutcome(ReextractOutcome.Status.REEXTRACTED, id, prepared.facts()));
      } catch (RuntimeException e) {
        outcomes.put(
            id,
            new ReextractOutcome(
                ReextractOutcome.Status.FAILED, id, "extraction failed: " + e.getMessage()));
      }
    }
    CaseWrites.rewrite(client, rewritten);
    client.query(CaseCypher.UNLOCK_CASES).bind(ids).to("ids").run();
    return outcomes;
  }

  /** A stored case's text, and whether it was read by this extractor with this minimum. */
  private record StoredCase(
      String id,
      String text,
      @Nullable String source,
      @Nullable String title,
      String hash,
      boolean current) {}

  private Collection<StoredCase> storedCases(Neo4jClient client, List<String> ids) {
    return client
        .query(CaseCypher.STORED_CASES)
        .bindAll(Map.of("ids", ids, "version", version(), "minimum", minConfidence))
        .fetchAs(StoredCase.class)
        .mappedBy(
            (types, r) ->
                new StoredCase(
                    r.get("id").asString(),
                    r.get("text").asString(),
                    r.get("source").asString(null),
                    r.get("title").asString(null),
                    r.get("hash").asString(),
                    r.get("current").asBoolean(false)))
        .all();
  }

  private String version() {
    return preparation.extractor().version();
  }
}
