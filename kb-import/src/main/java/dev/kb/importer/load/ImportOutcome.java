package dev.kb.importer.load;

/**
 * What happened to one document.
 *
 * @param status imported, unchanged (already there) or rejected
 * @param caseId the case's id; null when rejected
 * @param source the document's source, for the report
 * @param detail the reason of a rejection, or the number of facts written
 */
public record ImportOutcome(
    Status status,
    @org.jspecify.annotations.Nullable String caseId,
    @org.jspecify.annotations.Nullable String source,
    String detail) {

  /** The three fates of a document. */
  public enum Status {
    IMPORTED,
    UNCHANGED,
    REJECTED
  }
}
