package dev.kb.importer.load;

import org.jspecify.annotations.Nullable;

/**
 * A case report to import: text already checked by {@link Documents}.
 *
 * @param text the report's text, title on the first line when it has one
 * @param source where it came from (a file name, a DOI), when known
 * @param title a title given by the caller; when null the extractor reads one from the text
 */
public record CaseDocument(String text, @Nullable String source, @Nullable String title) {

  public CaseDocument {
    if (text.isBlank()) {
      throw new RejectedDocumentException("the text is empty");
    }
  }
}
