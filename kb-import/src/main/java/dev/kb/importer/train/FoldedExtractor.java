package dev.kb.importer.train;

import dev.kb.importer.extract.Extraction;
import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.LexiconExtractor;
import java.util.List;
import java.util.Map;

/**
 * Reads each document of the training corpora with the link model of its cross-validation fold,
 * which never read it: scoring the whole corpora through it gives cross-validated figures. A text
 * that is not one of the training documents is refused, since no fold can vouch for it.
 */
public final class FoldedExtractor implements Extractor {

  private final List<LexiconExtractor> byFold;
  private final Map<String, Integer> foldOfText;

  FoldedExtractor(List<LexiconExtractor> byFold, Map<String, Integer> foldOfText) {
    this.byFold = List.copyOf(byFold);
    this.foldOfText = Map.copyOf(foldOfText);
  }

  @Override
  public Extraction extract(String text) {
    Integer fold = foldOfText.get(text);
    if (fold == null) {
      throw new IllegalArgumentException(
          "Not a document of the training corpora, so no fold's model is held out from it");
    }
    return byFold.get(fold).extract(text);
  }

  @Override
  public double linkMinimum() {
    return byFold.getFirst().linkMinimum();
  }

  @Override
  public String version() {
    return byFold.getFirst().version() + "+cv" + byFold.size();
  }
}
