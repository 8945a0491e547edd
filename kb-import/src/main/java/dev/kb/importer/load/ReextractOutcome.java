package dev.kb.importer.load;

/**
 * What re-extraction did to one stored case.
 *
 * @param status re-read, already current, or failed
 * @param caseId the case's id
 * @param detail the number of facts written, or why it failed
 */
public record ReextractOutcome(Status status, String caseId, String detail) {

  /** The fates of a stored case. */
  public enum Status {
    /** Read again: its facts, relations and knowledge-edge support replaced. */
    REEXTRACTED,
    /** Already read by this extractor with this minimum confidence: left as it is. */
    CURRENT,
    /** Left as it was: extraction or the write failed. */
    FAILED
  }
}
