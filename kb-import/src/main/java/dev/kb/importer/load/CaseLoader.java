package dev.kb.importer.load;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKind;
import dev.kb.core.fact.Experiencer;
import dev.kb.core.fact.Polarity;
import dev.kb.core.fact.Temporality;
import dev.kb.core.hash.Sha256;
import dev.kb.importer.extract.Extraction;
import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.LinkConfidence;
import dev.kb.importer.extract.Mention;
import dev.kb.importer.extract.Relation;
import dev.kb.importer.extract.RelationType;
import dev.kb.importer.extract.Sentence;
import dev.kb.importer.extract.TimeBudget;
import dev.kb.importer.extract.TimeBudgetExceededException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;

/**
 * Writes case reports into the graph: one transaction per case, so a failing case leaves nothing
 * behind, and idempotent by content hash, so the same text imported twice is one case.
 *
 * <p>Concepts are merged on the unique {@code (kind, id)} constraint of {@code :Concept}, which
 * makes concurrent importers safe: two that meet the same new concept both end with the one node.
 * Every list is written with one {@code UNWIND} statement.
 */
public final class CaseLoader {

  private final Driver driver;
  private final Extractor extractor;
  private final double minConfidence;
  private final ImportLimits limits;

  // The driver's bookmark manager, which kb's reads share: a read after an import here sees it,
  // and the readers' caches know at once that the graph changed (see Reads.graphState).
  private final SessionConfig sessions;

  /** A loader counting the links at least as confident as the extractor's own minimum. */
  public CaseLoader(Driver driver, Extractor extractor) {
    this(driver, extractor, extractor.linkMinimum());
  }

  /**
   * @param minConfidence the least confidence of a link between facts that counts in the knowledge
   *     edges and makes a finding a side effect (0 to 1); weaker links are stored all the same
   */
  public CaseLoader(Driver driver, Extractor extractor, double minConfidence) {
    this(driver, extractor, minConfidence, ImportLimits.DEFAULT);
  }

  /**
   * @param minConfidence the least confidence of a link that counts (see above)
   * @param limits the bounds on one document's work: facts per case, time to extract
   */
  public CaseLoader(Driver driver, Extractor extractor, double minConfidence, ImportLimits limits) {
    this.driver = driver;
    this.extractor = extractor;
    this.minConfidence = LinkConfidence.requireValidMinimum(minConfidence);
    this.limits = limits;
    this.sessions =
        SessionConfig.builder()
            .withBookmarkManager(driver.executableQueryBookmarkManager())
            .build();
  }

  /** The least confidence of a link this loader counts. */
  public double minConfidence() {
    return minConfidence;
  }

  /** The bounds on one document's work. */
  public ImportLimits limits() {
    return limits;
  }

  /** The version of the extractor this loader reads texts with. */
  public String extractorVersion() {
    return extractor.version();
  }

  /** The stable id of the case with this text: {@code case-} and 16 hex digits of its hash. */
  public static String caseId(String contentHash) {
    return "case-" + contentHash.substring(0, 16);
  }

  /** SHA-256 of the text's UTF-8 bytes, in hex. */
  public static String contentHash(String text) {
    return Sha256.hex(text);
  }

  /** Extracts and writes one document; never throws for a bad document, it reports it. */
  public ImportOutcome load(CaseDocument document) {
    return load(document, ImportGuard.none());
  }

  /**
   * Extracts and writes one document for a caller that may give up on it ({@link
   * ImportGuard#giveUp()}): the extraction stops when the caller's time runs out, and nothing is
   * committed once the caller has given up.
   */
  public ImportOutcome load(CaseDocument document, ImportGuard guard) {
    return loadAll(List.of(document), guard).getFirst();
  }

  /**
   * Extracts and writes several documents in one transaction: one round trip and one commit for all
   * of them, for bulk imports. Each case is still all or nothing: when the transaction fails, every
   * case is retried in a transaction of its own, so a bad case leaves nothing behind and costs the
   * others nothing.
   *
   * @return one outcome per document, in order
   */
  public List<ImportOutcome> loadAll(List<CaseDocument> documents) {
    return loadAll(documents, ImportGuard.none());
  }

  private List<ImportOutcome> loadAll(List<CaseDocument> documents, ImportGuard guard) {
    List<ImportOutcome> outcomes = new ArrayList<>(documents.size());
    Map<String, Integer> toWrite = new LinkedHashMap<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CaseDocument document : documents) {
      String hash = contentHash(document.text());
      String caseId = caseId(hash);
      if (toWrite.containsKey(caseId)) {
        outcomes.add(unchanged(caseId, document));
        continue;
      }
      // No look-up first: extraction costs far less than a round trip, and the write does
      // nothing for a case that is already there.
      try {
        Extraction extraction = extractWithinLimits(document.text(), guard.budget());
        rows.add(row(caseId, hash, document, extraction));
        toWrite.put(caseId, outcomes.size());
        outcomes.add(
            new ImportOutcome(
                ImportOutcome.Status.IMPORTED,
                caseId,
                document.source(),
                extraction.mentions().size() + " facts"));
      } catch (RejectedDocumentException e) {
        outcomes.add(rejected(document.source(), e.getMessage() + "; nothing was written"));
      } catch (RuntimeException e) {
        outcomes.add(rejected(document.source(), "extraction failed: " + e.getMessage()));
      }
    }
    if (rows.isEmpty()) {
      return outcomes;
    }
    try {
      List<String> created = write(rows, guard);
      toWrite.forEach(
          (caseId, index) -> {
            if (!created.contains(caseId)) {
              outcomes.set(index, unchanged(caseId, documents.get(index)));
            }
          });
      return outcomes;
    } catch (GivenUpException e) {
      toWrite.forEach(
          (caseId, index) ->
              outcomes.set(
                  index,
                  rejected(
                      documents.get(index).source(),
                      "the caller gave up before the commit; nothing was written")));
      return outcomes;
    } catch (ClientException e) {
      if (rows.size() > 1) {
        List<ImportOutcome> retried = new ArrayList<>(outcomes);
        toWrite.forEach((caseId, index) -> retried.set(index, load(documents.get(index), guard)));
        return retried;
      }
      // The transaction rolled back, so nothing of this case is stored. Most often another
      // importer committed the same text between our write's start and its commit.
      String caseId = toWrite.keySet().iterator().next();
      int index = toWrite.get(caseId);
      if (exists(caseId)) {
        outcomes.set(index, unchanged(caseId, documents.get(index)));
      } else {
        outcomes.set(
            index,
            rejected(
                documents.get(index).source(), "the database refused the case: " + e.getMessage()));
      }
      return outcomes;
    }
  }

  /**
   * Reads a text within {@link #limits}; throws {@link RejectedDocumentException} naming the bound
   * it passed: the extraction's time (or the caller's, when that ends sooner), or the facts per
   * case.
   */
  private Extraction extractWithinLimits(String text, TimeBudget callerBudget) {
    TimeBudget budget = TimeBudget.of(limits.extractionBudget()).orSooner(callerBudget);
    Extraction extraction;
    try {
      extraction = extractor.extract(text, budget);
    } catch (TimeBudgetExceededException e) {
      throw new RejectedDocumentException(e.getMessage());
    }
    int facts = extraction.mentions().size();
    if (facts > limits.maxFactsPerCase()) {
      throw new RejectedDocumentException(
          "the text gives %,d facts, over the limit of %,d per case"
              .formatted(facts, limits.maxFactsPerCase()));
    }
    return extraction;
  }

  /** The caller gave up on the import before its commit (see {@link ImportGuard}). */
  private static final class GivenUpException extends RuntimeException {
    GivenUpException() {
      super("given up before the commit", null, false, false);
    }
  }

  /** Attempts at a batch before the driver's own, slower retries take over. */
  private static final int QUICK_ATTEMPTS = 8;

  /**
   * Writes rows of {@link #WRITE_CASES} and returns the ids of the cases created. Concurrent
   * batches that meet on the same busy concepts can deadlock inside Neo4j (one is rolled back with
   * a transient error); such a batch is tried again after a few milliseconds, where the driver's
   * retry of a transaction function would first wait a second. After {@link #QUICK_ATTEMPTS} the
   * driver's retry takes over.
   */
  private List<String> write(List<Map<String, Object>> rows, ImportGuard guard) {
    Map<String, Object> parameters = Map.of("cases", rows);
    // A caller with a deadline: the database gives up on the write by then too.
    Duration remaining = guard.budget().remaining();
    TransactionConfig config =
        remaining == null
            ? TransactionConfig.empty()
            : TransactionConfig.builder()
                .withTimeout(remaining.compareTo(MIN_TX_TIMEOUT) < 0 ? MIN_TX_TIMEOUT : remaining)
                .build();
    for (int attempt = 1; attempt < QUICK_ATTEMPTS; attempt++) {
      try (Session session = driver.session(sessions);
          Transaction tx = session.beginTransaction(config)) {
        List<String> created = tx.run(WRITE_CASES, parameters).list(r -> r.get("id").asString());
        if (!guard.startCommit()) {
          throw new GivenUpException(); // closing the transaction rolls it back
        }
        tx.commit();
        return created;
      } catch (Neo4jException e) {
        if (!(e instanceof RetryableException)) {
          throw e;
        }
        pause(attempt);
      }
    }
    try (Session session = driver.session(sessions)) {
      return session.executeWrite(
          tx -> {
            List<String> created =
                tx.run(WRITE_CASES, parameters).list(r -> r.get("id").asString());
            if (!guard.startCommit()) {
              throw new GivenUpException();
            }
            return created;
          },
          config);
    }
  }

  // The shortest transaction timeout a write gets, however little time its caller has left.
  private static final Duration MIN_TX_TIMEOUT = Duration.ofSeconds(1);

  // A few milliseconds, growing with the attempt, with jitter so two rolled-back batches do not
  // meet again at once.
  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20) * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while retrying a write", e);
    }
  }

  private static ImportOutcome rejected(@Nullable String source, String reason) {
    return new ImportOutcome(ImportOutcome.Status.REJECTED, null, source, reason);
  }

  private static ImportOutcome unchanged(String caseId, CaseDocument document) {
    return new ImportOutcome(
        ImportOutcome.Status.UNCHANGED, caseId, document.source(), "already imported");
  }

  /**
   * Deletes a case with its facts, its support of knowledge edges, and the concepts no other case
   * mentions.
   *
   * @return whether the case existed
   */
  public boolean delete(String caseId) {
    try (Session session = driver.session(sessions)) {
      return session.executeWrite(
          tx -> {
            List<Map<String, Object>> touched = clear(tx, List.of(caseId));
            boolean deleted =
                tx.run("MATCH (c:Case {id: $id}) DETACH DELETE c", Map.of("id", caseId))
                        .consume()
                        .counters()
                        .nodesDeleted()
                    > 0;
            deleteOrphans(tx, touched);
            return deleted;
          });
    }
  }

  /** How many stored cases were read by another extractor, or counted with another minimum. */
  public long staleCount() {
    try (Session session = driver.session(sessions)) {
      return session.executeRead(
          tx ->
              tx.run(
                      "MATCH (c:Case) WHERE " + STALE + " RETURN count(c)",
                      Map.of("version", extractor.version(), "minimum", minConfidence))
                  .single()
                  .get(0)
                  .asLong());
    }
  }

  /**
   * The ids of up to {@code limit} stale cases (see {@link #staleCount()}) after {@code after}, in
   * id order; null starts at the first.
   */
  public List<String> staleIds(@Nullable String after, int limit) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("version", extractor.version());
    parameters.put("minimum", minConfidence);
    parameters.put("after", after == null ? "" : after);
    parameters.put("limit", limit);
    try (Session session = driver.session(sessions)) {
      return session.executeRead(
          tx ->
              tx.run(
                      "MATCH (c:Case) WHERE c.id > $after AND "
                          + STALE
                          + " RETURN c.id AS id ORDER BY id LIMIT $limit",
                      parameters)
                  .list(r -> r.get("id").asString()));
    }
  }

  // A case whose facts another extractor read, or whose links were counted with another minimum.
  private static final String STALE =
      "(c.extractorVersion <> $version OR c.minConfidence IS NULL OR c.minConfidence <> $minimum)";

  /**
   * Reads every stale case again (see {@link #staleCount()}), {@code batchSize} per transaction, in
   * id order, handing each outcome to {@code each}. Checks {@code stop} between two batches; a
   * batch under way is finished. A case that fails is reported and left as it was, and not tried
   * again in this run.
   */
  public void reextractStale(int batchSize, BooleanSupplier stop, Consumer<ReextractOutcome> each) {
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

  /**
   * Reads these cases' stored texts again with this loader's extractor and minimum confidence, in
   * one transaction: their facts, relations and support of knowledge edges are replaced, each case
   * all or nothing. A case already read by this extractor with this minimum is left as it is, so a
   * second run does nothing. When the transaction fails, each case is tried again on its own.
   *
   * @return one outcome per id, in order
   */
  public List<ReextractOutcome> reextract(List<String> caseIds) {
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
    Map<String, ReextractOutcome> outcomes = new HashMap<>();
    try (Session session = driver.session(sessions)) {
      session.executeWrite(
          tx -> {
            outcomes.clear();
            // Lock the cases first, in id order: a concurrent run waits here and then finds them
            // current, instead of replacing the same facts twice.
            tx.run(
                    """
                    UNWIND $ids AS id
                    MATCH (c:Case {id: id})
                    SET c.reextracting = true
                    """,
                    Map.of("ids", ids))
                .consume();
            List<Map<String, Object>> rows = new ArrayList<>();
            tx.run(
                    """
                    UNWIND $ids AS id
                    MATCH (c:Case {id: id})
                    RETURN c.id AS id, c.text AS text, c.title AS title, c.source AS source,
                           c.contentHash AS hash,
                           c.extractorVersion = $version AND c.minConfidence = $minimum AS current
                    """,
                    Map.of("ids", ids, "version", extractor.version(), "minimum", minConfidence))
                .forEachRemaining(
                    r -> {
                      String id = r.get("id").asString();
                      if (r.get("current").asBoolean(false)) {
                        outcomes.put(
                            id,
                            new ReextractOutcome(
                                ReextractOutcome.Status.CURRENT, id, "already current"));
                        return;
                      }
                      CaseDocument document =
                          new CaseDocument(
                              r.get("text").asString(),
                              r.get("source").asString(null),
                              r.get("title").asString(null));
                      try {
                        Extraction extraction =
                            extractWithinLimits(document.text(), TimeBudget.unlimited());
                        rows.add(row(id, r.get("hash").asString(), document, extraction));
                        outcomes.put(
                            id,
                            new ReextractOutcome(
                                ReextractOutcome.Status.REEXTRACTED,
                                id,
                                extraction.mentions().size() + " facts"));
                      } catch (RuntimeException e) {
                        outcomes.put(
                            id,
                            new ReextractOutcome(
                                ReextractOutcome.Status.FAILED,
                                id,
                                "extraction failed: " + e.getMessage()));
                      }
                    });
            List<String> rewritten = rows.stream().map(row -> (String) row.get("id")).toList();
            List<Map<String, Object>> touched = clear(tx, rewritten);
            tx.run(REWRITE_CASES, Map.of("cases", rows)).consume();
            deleteOrphans(tx, touched);
            tx.run(
                    "UNWIND $ids AS id MATCH (c:Case {id: id}) REMOVE c.reextracting",
                    Map.of("ids", ids))
                .consume();
            return null;
          });
    }
    return caseIds.stream()
        .map(
            id ->
                outcomes.getOrDefault(
                    id, new ReextractOutcome(ReextractOutcome.Status.FAILED, id, "no such case")))
        .toList();
  }

  /**
   * Takes these cases' facts out of the graph, with their relations, their support of knowledge
   * edges and their share of the concepts' case counts; the cases themselves stay. Returns the keys
   * of the concepts they were about, for {@link #deleteOrphans}.
   */
  private static List<Map<String, Object>> clear(TransactionContext tx, List<String> caseIds) {
    if (caseIds.isEmpty()) {
      return List.of();
    }
    removeKnowledge(tx, storedKnowledge(tx, caseIds));
    return tx.run(
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
            """,
            Map.of("ids", caseIds))
        .list(
            r ->
                Map.<String, Object>of(
                    "kind", r.get("kind").asString(), "id", r.get("id").asString()));
  }

  /** Deletes the concepts among these that no fact is about any more. */
  private static void deleteOrphans(TransactionContext tx, List<Map<String, Object>> concepts) {
    if (concepts.isEmpty()) {
      return;
    }
    tx.run(
            """
            UNWIND $keys AS key
            MATCH (k:Concept {kind: key.kind, id: key.id})
            WHERE NOT (k)<-[:ABOUT]-(:Fact)
            DETACH DELETE k
            """,
            Map.of("keys", concepts))
        .consume();
  }

  private boolean exists(String caseId) {
    try (Session session = driver.session(sessions)) {
      return session.executeRead(
          tx ->
              tx.run("MATCH (c:Case {id: $id}) RETURN count(c) > 0", Map.of("id", caseId))
                  .single()
                  .get(0)
                  .asBoolean());
    }
  }

  /** Everything the write needs of one case, as one row of {@code $cases}. */
  private Map<String, Object> row(
      String caseId, String hash, CaseDocument document, Extraction extraction) {
    List<ConceptKind> kinds = factKinds(extraction, minConfidence);
    Map<String, Object> row = new HashMap<>();
    row.put("id", caseId);
    row.put("props", caseProperties(hash, document, extraction));
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
  static List<ConceptKind> factKinds(Extraction extraction, double minimum) {
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

  /**
   * Writes the cases of {@code $cases} that are not there yet: each case, its concepts (merged),
   * its facts, the relations between them and its support of knowledge edges. Returns the ids of
   * the cases it wrote. One statement, so a batch costs one round trip, not one per list.
   */
  private static final String WRITE_CASES =
      """
      UNWIND $cases AS row
      MERGE (c:Case {id: row.id})
      ON CREATE SET c += row.props, c.importedAt = datetime(), c.fresh = true
      WITH c, row, coalesce(c.fresh, false) AS created
      REMOVE c.fresh
      WITH c, row WHERE created
      WITH collect({node: c, row: row}) AS written
      """
          + CaseLoader.writeContent()
          + """
      UNWIND written AS w
      RETURN w.node.id AS id
      """;

  /**
   * Writes the content of the cases of {@code $cases}, which exist and hold no facts (see {@link
   * #clear}): what their texts were read as now, with the extractor's version and the minimum
   * confidence they were counted with. Title, source and import time stay.
   */
  private static final String REWRITE_CASES =
      """
      UNWIND $cases AS row
      MATCH (c:Case {id: row.id})
      SET c += row.read
      WITH collect({node: c, row: row}) AS written
      """
          + CaseLoader.writeContent();

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
        SET n.cases = coalesce(n.cases, 0) + cases,
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

  /** Removes cases' support for knowledge edges; an edge no case supports is deleted. */
  private static void removeKnowledge(
      TransactionContext tx, List<KnowledgeEdges.Contribution> contributions) {
    if (contributions.isEmpty()) {
      return;
    }
    tx.run(
            "WITH $edges AS edges\n" + KnowledgeUpdate.cypher(),
            Map.of("edges", contributions.stream().map(c -> c.row(-1)).toList()))
        .consume();
  }

  /**
   * The cases' contributions recomputed from their facts and links as stored, with the minimum
   * confidence each case was imported with, for delete and re-extraction. A case stored before
   * links had confidences counted every link (the V012 migration gives them confidence 1 and the
   * case a minimum of 0); the defaults here say the same.
   */
  private static List<KnowledgeEdges.Contribution> storedKnowledge(
      TransactionContext tx, List<String> caseIds) {
    Map<String, List<KnowledgeEdges.FactKey>> facts = new HashMap<>();
    Map<String, Map<Integer, Integer>> positions = new HashMap<>();
    Map<String, Double> minimums = new HashMap<>();
    tx.run(
            """
            UNWIND $ids AS id
            MATCH (c:Case {id: id})-[:HAS_FACT]->(f:Fact)-[:ABOUT]->(k:Concept)
            RETURN id, coalesce(c.minConfidence, 0.0) AS minimum, f.index AS index,
                   f.kind AS factKind, k.kind AS kind, k.id AS conceptId,
                   f.polarity AS polarity, f.temporality AS temporality,
                   f.experiencer AS experiencer
            ORDER BY id, index
            """,
            Map.of("ids", caseIds))
        .forEachRemaining(
            r -> {
              String id = r.get("id").asString();
              List<KnowledgeEdges.FactKey> list = facts.computeIfAbsent(id, x -> new ArrayList<>());
              positions
                  .computeIfAbsent(id, x -> new HashMap<>())
                  .put(r.get("index").asInt(), list.size());
              minimums.put(id, r.get("minimum").asDouble());
              list.add(
                  new KnowledgeEdges.FactKey(
                      ConceptKind.parse(r.get("factKind").asString(r.get("kind").asString())),
                      ConceptKind.parse(r.get("kind").asString()),
                      r.get("conceptId").asString(),
                      Polarity.valueOf(r.get("polarity").asString()),
                      Temporality.valueOf(r.get("temporality").asString()),
                      Experiencer.valueOf(r.get("experiencer").asString())));
            });
    Map<String, List<KnowledgeEdges.RelationKey>> relations = new HashMap<>();
    tx.run(
            """
            UNWIND $ids AS id
            MATCH (:Case {id: id})-[:HAS_FACT]->(a:Fact)-[r:TREATS|CAUSES|REVEALS]->(b:Fact)
            RETURN id, type(r) AS type, a.index AS from, b.index AS to,
                   coalesce(r.confidence, 1.0) AS confidence
            """,
            Map.of("ids", caseIds))
        .forEachRemaining(
            r -> {
              String id = r.get("id").asString();
              Map<Integer, Integer> position = positions.get(id);
              relations
                  .computeIfAbsent(id, x -> new ArrayList<>())
                  .add(
                      new KnowledgeEdges.RelationKey(
                          r.get("type").asString(),
                          position.get(r.get("from").asInt()),
                          position.get(r.get("to").asInt()),
                          r.get("confidence").asDouble()));
            });
    List<KnowledgeEdges.Contribution> contributions = new ArrayList<>();
    facts.forEach(
        (id, list) ->
            contributions.addAll(
                KnowledgeEdges.of(list, relations.getOrDefault(id, List.of()), minimums.get(id))));
    return contributions;
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
    return props;
  }

  // One row per concept of the case (the write merges the batch's concepts in key order).
  private static List<Map<String, Object>> conceptRows(List<Mention> mentions) {
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
                fresh.put("affirmed", 0);
                return fresh;
              });
      if (mention.polarity() == Polarity.AFFIRMED) {
        row.put("affirmed", 1);
      }
    }
    return List.copyOf(rows.values());
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
