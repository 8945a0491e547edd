package dev.kb.importer.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the extractor read in one case report.
 *
 * @param title the report's title (its first line), or null when there is none
 * @param text the full text, exactly as given: every evidence offset points into it
 * @param sentences the sentences of the text, in order
 * @param mentions the concepts found, in text order
 * @param relations relations between mentions
 * @param patientAge the patient's age in years, when stated
 * @param patientSex {@code male} or {@code female}, when stated
 * @param extractorVersion the version of the extractor and its data that produced this
 * @param linkMinimum the confidence at or above which a relation counts: a finding is a side effect
 *     when a {@code CAUSES} relation at or above it points at it, and knowledge edges and
 *     statistics count only such relations by default
 */
public record Extraction(
    @Nullable String title,
    String text,
    List<Sentence> sentences,
    List<Mention> mentions,
    List<Relation> relations,
    @Nullable Integer patientAge,
    @Nullable String patientSex,
    String extractorVersion,
    double linkMinimum) {

  /** An extraction whose every relation counts. */
  public Extraction(
      @Nullable String title,
      String text,
      List<Sentence> sentences,
      List<Mention> mentions,
      List<Relation> relations,
      @Nullable Integer patientAge,
      @Nullable String patientSex,
      String extractorVersion) {
    this(title, text, sentences, mentions, relations, patientAge, patientSex, extractorVersion, 0);
  }

  public Extraction {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    relations = List.copyOf(relations);
  }
}
