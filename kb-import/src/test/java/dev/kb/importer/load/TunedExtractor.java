package dev.kb.importer.load;

import dev.kb.importer.extract.Extraction;
import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.Mention;
import dev.kb.importer.extract.Relation;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Another extractor's reading of the same texts: the bundled extractor's, with the links'
 * confidences set by the test and, optionally, the mentions' too, or only the first half of each
 * text's mentions kept.
 */
final class TunedExtractor implements Extractor {

  private final Extractor delegate;
  private final String version;
  private final BiFunction<String, Relation, Double> confidence;
  private final boolean firstHalf;
  private final @Nullable Double mentionConfidence;

  /**
   * @param confidence the confidence of a relation read from a text
   */
  TunedExtractor(
      Extractor delegate,
      String version,
      BiFunction<String, Relation, Double> confidence,
      boolean firstHalf) {
    this(delegate, version, confidence, firstHalf, null);
  }

  private TunedExtractor(
      Extractor delegate,
      String version,
      BiFunction<String, Relation, Double> confidence,
      boolean firstHalf,
      @Nullable Double mentionConfidence) {
    this.delegate = delegate;
    this.version = version;
    this.confidence = confidence;
    this.firstHalf = firstHalf;
    this.mentionConfidence = mentionConfidence;
  }

  /** The delegate's reading, sure of every mention and link, as the rules of before were. */
  static TunedExtractor sure(Extractor delegate) {
    return new TunedExtractor(delegate, delegate.version(), (text, r) -> 1.0, false, 1.0);
  }

  @Override
  public Extraction extract(String text) {
    Extraction read = delegate.extract(text);
    int kept = firstHalf ? read.mentions().size() / 2 : read.mentions().size();
    List<Mention> mentions =
        read.mentions().subList(0, kept).stream()
            .map(
                m ->
                    mentionConfidence == null
                        ? m
                        : new Mention(
                            m.concept(),
                            m.kind(),
                            m.evidence(),
                            m.polarity(),
                            m.certainty(),
                            m.temporality(),
                            m.experiencer(),
                            m.result(),
                            mentionConfidence))
            .toList();
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
  public dev.kb.importer.terminology.CodeHierarchy hierarchy() {
    return delegate.hierarchy();
  }

  @Override
  public java.util.List<String> unknownWords(String text) {
    return delegate.unknownWords(text);
  }

  @Override
  public String version() {
    return version;
  }
}
