package dev.kb.importer.load;

import dev.kb.importer.extract.Extraction;
import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.Mention;
import dev.kb.importer.extract.Relation;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Another extractor's reading of the same texts: the bundled extractor's, with the links'
 * confidences set by the test and, optionally, only the first half of each text's mentions kept.
 */
final class TunedExtractor implements Extractor {

  private final Extractor delegate;
  private final String version;
  private final BiFunction<String, Relation, Double> confidence;
  private final boolean firstHalf;

  /**
   * @param confidence the confidence of a relation read from a text
   */
  TunedExtractor(
      Extractor delegate,
      String version,
      BiFunction<String, Relation, Double> confidence,
      boolean firstHalf) {
    this.delegate = delegate;
    this.version = version;
    this.confidence = confidence;
    this.firstHalf = firstHalf;
  }

  @Override
  public Extraction extract(String text) {
    Extraction read = delegate.extract(text);
    int kept = firstHalf ? read.mentions().size() / 2 : read.mentions().size();
    List<Mention> mentions = read.mentions().subList(0, kept);
    List<Relation> relations =
        read.relations().stream()
            .filter(r -> r.from() < kept && r.to() < kept)
            .map(r -> r.withConfidence(confidence.apply(text, r)))
            .toList();
    return new Extraction(
        read.title(),
        read.text(),
        read.sentences(),
        mentions,
        relations,
        read.patientAge(),
        read.patientSex(),
        version);
  }

  @Override
  public String version() {
    return version;
  }
}
