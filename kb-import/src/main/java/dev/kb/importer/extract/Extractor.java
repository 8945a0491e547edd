package dev.kb.importer.extract;

/** Reads a case report's text into concept mentions, their context and relations. */
public interface Extractor {

  /** Extracts the facts of one case report; {@code text} must not be blank. */
  Extraction extract(String text);

  /** A version string that changes whenever the code or the data that extract change. */
  String version();
}
