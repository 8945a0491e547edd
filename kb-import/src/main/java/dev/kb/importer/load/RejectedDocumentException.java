package dev.kb.importer.load;

/** A document that cannot be imported, with a reason a user can act on. */
public final class RejectedDocumentException extends RuntimeException {

  public RejectedDocumentException(String reason) {
    super(reason);
  }
}
