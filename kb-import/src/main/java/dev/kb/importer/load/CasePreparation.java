package dev.kb.importer.load;

import dev.kb.core.hash.Sha256;
import dev.kb.importer.extract.Extraction;
import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.TimeBudget;
import dev.kb.importer.extract.TimeBudgetExceededException;

/**
 * The first step of an import, before anything is written: a document's content hash and case id,
 * and its extraction within the {@link ImportLimits}. A document over a limit is rejected here with
 * the reason, so that the write never sees it.
 */
final class CasePreparation {

  private final Extractor extractor;
  private final ImportLimits limits;

  CasePreparation(Extractor extractor, ImportLimits limits) {
    this.extractor = extractor;
    this.limits = limits;
  }

  /** A document read and ready to be turned into rows ({@link CaseRows}). */
  record PreparedCase(String caseId, String hash, CaseDocument document, Extraction extraction) {

    /** What an import of this case reports: its number of facts. */
    String facts() {
      return extraction.mentions().size() + " facts";
    }
  }

  /** SHA-256 of the text's UTF-8 bytes, in hex. */
  static String contentHash(String text) {
    return Sha256.hex(text);
  }

  /** The stable id of the case with this text: {@code case-} and 16 hex digits of its hash. */
  static String caseId(String contentHash) {
    return "case-" + contentHash.substring(0, 16);
  }

  /** The extractor the texts are read with. */
  Extractor extractor() {
    return extractor;
  }

  /** The bounds on one document's work. */
  ImportLimits limits() {
    return limits;
  }

  /**
   * Reads a document within the limits, as the case of this id and content hash (see {@link
   * #caseId}).
   *
   * @throws RejectedDocumentException naming the bound the document passed
   */
  PreparedCase prepare(String caseId, String hash, CaseDocument document, TimeBudget callerBudget) {
    return new PreparedCase(caseId, hash, document, extract(document.text(), callerBudget));
  }

  /**
   * Reads a text within the limits; throws {@link RejectedDocumentException} naming the bound it
   * passed: the extraction's time (or the caller's, when that ends sooner), or the facts per case.
   */
  private Extraction extract(String text, TimeBudget callerBudget) {
    TimeBudget budget = TimeBudget.of(limits.extractionBudget()).orSooner(callerBudget);
    Extraction extraction;
    try {
      extraction = extractor.extract(text, budget);
    } catch (TimeBudgetExceededException e) {
      throw new RejectedDocumentException(String.valueOf(e.getMessage()));
    }
    int facts = extraction.mentions().size();
    if (facts > limits.maxFactsPerCase()) {
      throw new RejectedDocumentException(
          "the text gives %,d facts, over the limit of %,d per case"
              .formatted(facts, limits.maxFactsPerCase()));
    }
    return extraction;
  }
}
