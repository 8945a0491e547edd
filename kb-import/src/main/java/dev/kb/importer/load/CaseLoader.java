package dev.kb.importer.load;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKind;
import dev.kb.core.fact.Experiencer;
import dev.kb.core.fact.Polarity;
import dev.kb.core.fact.Temporality;
import dev.kb.importer.extract.Extraction;
import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.Mention;
import dev.kb.importer.extract.Relation;
import dev.kb.importer.extract.Sentence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
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

  // The driver's bookmark manager, which kb's reads share: a read after an import here sees it,
  // and the readers' caches know at once that the graph changed (see Reads.graphState).
  private final SessionConfig sessions;

  public CaseLoader(Driver driver, Extractor extractor) {
    this.driver = driver;
    this.extractor = extractor;
    this.sessions =
        SessionConfig.builder()
            .withBookmarkManager(driver.executableQueryBookmarkManager())
            .build();
  }

  /** The stable id of the case with this text: {@code case-} and 16 hex digits of its hash. */
  public static String caseId(String contentHash) {
    return "case-" + contentHash.substring(0, 16);
  }

  /** SHA-256 of the text's UTF-8 bytes, in hex. */
  public static String contentHash(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return java.util.HexFormat.of()
          .formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Extracts and writes one document; never throws for a bad document, it reports it. */
  public ImportOutcome load(CaseDocument document) {
    return loadAll(List.of(document)).getFirst();
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
        Extraction extraction = extractor.extract(document.text());
        rows.add(row(caseId, hash, document, extraction));
        toWrite.put(caseId, outcomes.size());
        outcomes.add(
            new ImportOutcome(
                ImportOutcome.Status.IMPORTED,
                caseId,
                document.source(),
                extraction.mentions().size() + " facts"));
      } catch (RuntimeException e) {
        outcomes.add(
            new ImportOutcome(
                ImportOutcome.Status.REJECTED,
                null,
                document.source(),
                "extraction failed: " + e.getMessage()));
      }
    }
    if (rows.isEmpty()) {
      return outcomes;
    }
    try {
      List<String> created = write(rows);
      toWrite.forEach(
          (caseId, index) -> {
            if (!created.contains(caseId)) {
              outcomes.set(index, unchanged(caseId, documents.get(index)));
            }
          });
      return outcomes;
    } catch (ClientException e) {
      if (rows.size() > 1) {
        List<ImportOutcome> retried = new ArrayList<>(outcomes);
        toWrite.forEach((caseId, index) -> retried.set(index, load(documents.get(index))));
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
            new ImportOutcome(
                ImportOutcome.Status.REJECTED,
                null,
                documents.get(index).source(),
                "the database refused the case: " + e.getMessage()));
      }
      return outcomes;
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
  private List<String> write(List<Map<String, Object>> rows) {
    Map<String, Object> parameters = Map.of("cases", rows);
    for (int attempt = 1; attempt < QUICK_ATTEMPTS; attempt++) {
      try (Session session = driver.session(sessions);
          Transaction tx = session.beginTransaction()) {
        List<String> created = tx.run(WRITE_CASES, parameters).list(r -> r.get("id").asString());
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
          tx -> tx.run(WRITE_CASES, parameters).list(r -> r.get("id").asString()));
    }
  }

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
            removeKnowledge(tx, storedKnowledge(tx, caseId));
            var result =
                tx.run(
                    """
                    MATCH (c:Case {id: $id})
                    OPTIONAL MATCH (c)-[:HAS_FACT]->(f:Fact)-[:ABOUT]->(k:Concept)
                    WITH c, k, collect(f) AS kFacts,
                         max(CASE f.polarity WHEN 'AFFIRMED' THEN 1 ELSE 0 END) AS affirmed
                    FOREACH (n IN CASE WHEN k IS NULL THEN [] ELSE [k] END |
                      SET n.cases = n.cases - 1, n.affirmedCases = n.affirmedCases - affirmed)
                    WITH c, collect(k) AS concepts, collect(kFacts) AS nested
                    WITH c, concepts, reduce(acc = [], x IN nested | acc + x) AS facts
                    FOREACH (f IN facts | DETACH DELETE f)
                    DETACH DELETE c
                    WITH concepts
                    UNWIND concepts AS k
                    WITH k WHERE NOT (k)<-[:ABOUT]-(:Fact)
                    DETACH DELETE k
                    RETURN count(*) AS orphans
                    """,
                    Map.of("id", caseId));
            return result.consume().counters().nodesDeleted() > 0;
          });
    }
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
    Map<String, Object> row = new HashMap<>();
    row.put("id", caseId);
    row.put("props", caseProperties(hash, document, extraction));
    row.put("concepts", conceptRows(extraction.mentions()));
    row.put("facts", factRows(caseId, extraction));
    row.put("relations", relationRows(extraction.relations()));
    row.put("edges", knowledge(extraction).stream().map(c -> c.row(+1)).toList());
    return row;
  }

  /**
   * Writes the cases of {@code $cases} that are not there yet: each case, its concepts (merged),
   * its facts, the relations between them and its support of knowledge edges. Returns the ids of
   * the cases it wrote. One statement, so a batch costs one round trip, not one per list.
   *
   * <p>The concepts of the whole batch are merged first, once each and in key order, which locks
   * them all up front in an order every importer shares: concurrent batches that meet the same
   * concepts wait for each other instead of deadlocking. Everything after that (facts, relations,
   * knowledge edges) only touches concepts this transaction already holds. Knowledge edges are
   * summed over the batch, so an edge many cases support is updated once.
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
             sum(e.mentions) AS mentions
        WITH collect({type: type, fromKind: fromKind, fromId: fromId, toKind: toKind,
                      toId: toId, cases: cases, absentCases: absentCases,
                      mentions: mentions}) AS edges
      """
          + KnowledgeUpdate.cypher()
          + """
      }
      UNWIND written AS w
      RETURN w.node.id AS id
      """;

  /** What this extraction adds to the knowledge-level edges. */
  private static List<KnowledgeEdges.Contribution> knowledge(Extraction extraction) {
    return KnowledgeEdges.of(
        extraction.mentions().stream()
            .map(
                m ->
                    new KnowledgeEdges.FactKey(
                        m.kind(), m.concept().id(), m.polarity(), m.temporality(), m.experiencer()))
            .toList(),
        extraction.relations().stream()
            .map(r -> new KnowledgeEdges.RelationKey(r.type().name(), r.from(), r.to()))
            .toList());
  }

  /** Removes a case's support for knowledge edges; an edge no case supports is deleted. */
  private static void removeKnowledge(
      TransactionContext tx, List<KnowledgeEdges.Contribution> contributions) {
    tx.run(
        "WITH $edges AS edges\n" + KnowledgeUpdate.cypher(),
        Map.of("edges", contributions.stream().map(c -> c.row(-1)).toList()));
  }

  /** A case's contributions recomputed from its facts as stored, for delete. */
  private static List<KnowledgeEdges.Contribution> storedKnowledge(
      TransactionContext tx, String caseId) {
    List<KnowledgeEdges.FactKey> facts = new ArrayList<>();
    Map<Integer, Integer> position = new HashMap<>();
    tx.run(
            """
            MATCH (:Case {id: $id})-[:HAS_FACT]->(f:Fact)-[:ABOUT]->(k:Concept)
            RETURN f.index AS index, k.kind AS kind, k.id AS conceptId, f.polarity AS polarity,
                   f.temporality AS temporality, f.experiencer AS experiencer
            ORDER BY index
            """,
            Map.of("id", caseId))
        .forEachRemaining(
            r -> {
              position.put(r.get("index").asInt(), facts.size());
              facts.add(
                  new KnowledgeEdges.FactKey(
                      ConceptKind.parse(r.get("kind").asString()),
                      r.get("conceptId").asString(),
                      Polarity.valueOf(r.get("polarity").asString()),
                      Temporality.valueOf(r.get("temporality").asString()),
                      Experiencer.valueOf(r.get("experiencer").asString())));
            });
    List<KnowledgeEdges.RelationKey> relations =
        tx.run(
                """
                MATCH (:Case {id: $id})-[:HAS_FACT]->(a:Fact)-[r:TREATS|CAUSES|REVEALS]->(b:Fact)
                RETURN type(r) AS type, a.index AS from, b.index AS to
                """,
                Map.of("id", caseId))
            .list(
                r ->
                    new KnowledgeEdges.RelationKey(
                        r.get("type").asString(),
                        position.get(r.get("from").asInt()),
                        position.get(r.get("to").asInt())));
    return KnowledgeEdges.of(facts, relations);
  }

  private Map<String, Object> caseProperties(
      String hash, CaseDocument document, Extraction extraction) {
    Map<String, Object> props = new HashMap<>();
    props.put("contentHash", hash);
    props.put("text", document.text());
    props.put("title", document.title() != null ? document.title() : extraction.title());
    props.put("source", document.source());
    props.put("extractorVersion", extraction.extractorVersion());
    props.put("patientAge", extraction.patientAge());
    props.put("patientSex", extraction.patientSex());
    props.values().removeIf(v -> v == null);
    return props;
  }

  // One row per concept of the case (the write merges the batch's concepts in key order).
  private static List<Map<String, Object>> conceptRows(List<Mention> mentions) {
    Map<String, Map<String, Object>> rows = new TreeMap<>();
    for (Mention mention : mentions) {
      // A side effect's concept is a node of its own kind for now (ADR 001).
      Concept concept = mention.concept().asKind(mention.kind());
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

  private static List<Map<String, Object>> factRows(String caseId, Extraction extraction) {
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Mention> mentions = extraction.mentions();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Sentence sentence = sentenceOf(extraction, m.evidence().sentenceIndex());
      Map<String, Object> props = new HashMap<>();
      props.put("id", factId(caseId, i));
      // With caseImportedAt, set by the write: the fact_concept_case index lists a concept's
      // cases in import order (see CaseReports).
      props.put("concept", m.kind().label() + "/" + m.concept().id());
      props.put("caseId", caseId);
      props.put("index", i);
      props.put("kind", m.kind().label());
      props.put("polarity", m.polarity().name());
      props.put("certainty", m.certainty().name());
      props.put("temporality", m.temporality().name());
      props.put("experiencer", m.experiencer().name());
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
              "label", m.kind().label(),
              "conceptId", m.concept().id(),
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
            r ->
                Map.of(
                    "type",
                    r.type().name(),
                    "from",
                    r.from(),
                    "to",
                    r.to(),
                    "props",
                    r.outcome() == null ? Map.of() : Map.of("outcome", r.outcome().name())))
        .toList();
  }

  static String factId(String caseId, int index) {
    return caseId + "-f" + index;
  }
}
