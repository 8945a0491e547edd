package dev.kb.importer.load;

import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.LinkConfidence;
import dev.kb.importer.load.CasePreparation.PreparedCase;
import dev.kb.importer.load.CaseWrites.GivenUpException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.ClientException;

/**
 * Writes case reports into the graph: one transaction per case, so a failing case leaves nothing
 * behind, and idempotent by content hash, so the same text imported twice is one case.
 *
 * <p>Concepts are merged on the unique {@code (kind, id)} constraint of {@code :Concept}, which
 * makes concurrent importers safe: two that meet the same new concept both end with the one node.
 *
 * <p>The loader is the façade of three steps: {@link CasePreparation} hashes and reads each
 * document within the {@link ImportLimits}, {@link CaseRows} turns what was read into the write's
 * parameters, and {@link CaseWrites} writes them ({@link CaseCypher}) through the {@link
 * GraphWriter}'s transactions.
 */
public final class CaseLoader {

  private final CasePreparation preparation;
  private final CaseRows rows;
  private final CaseWrites writes;
  private final Reextraction reextraction;
  private final double minConfidence;

  /** A loader counting the links at least as confident as the extractor's own minimum. */
  public CaseLoader(GraphWriter graph, Extractor extractor) {
    this(graph, extractor, extractor.linkMinimum());
  }

  /**
   * @param minConfidence the least confidence of a link between facts that counts in the knowledge
   *     edges and makes a finding a side effect (0 to 1); weaker links are stored all the same
   */
  public CaseLoader(GraphWriter graph, Extractor extractor, double minConfidence) {
    this(graph, extractor, minConfidence, ImportLimits.DEFAULT);
  }

  /**
   * @param minConfidence the least confidence of a link that counts (see above)
   * @param limits the bounds on one document's work: facts per case, time to extract
   */
  public CaseLoader(
      GraphWriter graph, Extractor extractor, double minConfidence, ImportLimits limits) {
    this.minConfidence = LinkConfidence.requireValidMinimum(minConfidence);
    this.preparation = new CasePreparation(extractor, limits);
    this.rows = new CaseRows(this.minConfidence, extractor.hierarchy());
    this.writes = new CaseWrites(graph);
    this.reextraction = new Reextraction(graph, writes, preparation, rows, this.minConfidence);
  }

  /** The least confidence of a link this loader counts. */
  public double minConfidence() {
    return minConfidence;
  }

  /** The bounds on one document's work. */
  public ImportLimits limits() {
    return preparation.limits();
  }

  /** The version of the extractor this loader reads texts with. */
  public String extractorVersion() {
    return preparation.extractor().version();
  }

  /** The stable id of the case with this text: {@code case-} and 16 hex digits of its hash. */
  public static String caseId(String contentHash) {
    return CasePreparation.caseId(contentHash);
  }

  /** SHA-256 of the text's UTF-8 bytes, in hex. */
  public static String contentHash(String text) {
    return CasePreparation.contentHash(text);
  }

  /** The id of the fact at {@code index} of a case. */
  static String factId(String caseId, int index) {
    return CaseRows.factId(caseId, index);
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
    List<Map<String, Object>> batch = new ArrayList<>();
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
        PreparedCase prepared = preparation.prepare(caseId, hash, document, guard.budget());
        batch.add(rows.row(prepared));
        toWrite.put(caseId, outcomes.size());
        outcomes.add(
            new ImportOutcome(
                ImportOutcome.Status.IMPORTED, caseId, document.source(), prepared.facts()));
      } catch (RejectedDocumentException e) {
        outcomes.add(rejected(document.source(), e.getMessage() + "; nothing was written"));
      } catch (RuntimeException e) {
        outcomes.add(rejected(document.source(), "extraction failed: " + e.getMessage()));
      }
    }
    if (batch.isEmpty()) {
      return outcomes;
    }
    try {
      List<String> created = writes.writeNew(batch, guard);
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
    } catch (RuntimeException e) {
      ClientException refusal = GraphWriter.refusal(e);
      if (refusal == null) {
        throw e; // not the documents' fault: most often, the database could not be reached
      }
      if (batch.size() > 1) {
        List<ImportOutcome> retried = new ArrayList<>(outcomes);
        toWrite.forEach((caseId, index) -> retried.set(index, load(documents.get(index), guard)));
        return retried;
      }
      // The transaction rolled back, so nothing of this case is stored. Most often another
      // importer committed the same text between our write's start and its commit.
      String caseId = toWrite.keySet().iterator().next();
      int index = Objects.requireNonNull(toWrite.get(caseId), caseId);
      if (writes.exists(caseId)) {
        outcomes.set(index, unchanged(caseId, documents.get(index)));
      } else {
        outcomes.set(
            index,
            rejected(
                documents.get(index).source(),
                "the database refused the case: " + refusal.getMessage()));
      }
      return outcomes;
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
    return writes.delete(caseId);
  }

  /** How many stored cases were read by another extractor, or counted with another minimum. */
  public long staleCount() {
    return reextraction.staleCount();
  }

  /**
   * The ids of up to {@code limit} stale cases (see {@link #staleCount()}) after {@code after}, in
   * id order; null starts at the first.
   */
  public List<String> staleIds(@Nullable String after, int limit) {
    return reextraction.staleIds(after, limit);
  }

  /**
   * Reads every stale case again (see {@link #staleCount()}), {@code batchSize} per transaction, in
   * id order, handing each outcome to {@code each}. Checks {@code stop} between two batches; a
   * batch under way is finished. A case that fails is reported and left as it was, and not tried
   * again in this run.
   */
  public void reextractStale(int batchSize, BooleanSupplier stop, Consumer<ReextractOutcome> each) {
    reextraction.reextractStale(batchSize, stop, each);
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
    return reextraction.reextract(caseIds);
  }
}
