package dev.kb.importer.cli;

import dev.kb.importer.extract.Extraction;
import dev.kb.importer.extract.Mention;
import dev.kb.importer.extract.Relation;
import dev.kb.importer.synthetic.SyntheticCase;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** The JSON lines the commands write, through Jackson: one extraction, one synthetic case. */
final class Json {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Json() {}

  /** One extraction, as {@code extract --format jsonl} writes it. */
  record ExtractionLine(
      String source,
      @Nullable String title,
      @Nullable Integer patientAge,
      @Nullable String patientSex,
      String extractorVersion,
      double linkMinimum,
      List<MentionLine> mentions,
      List<RelationLine> relations) {}

  /** A mention: its concept, context, evidence and confidence. */
  record MentionLine(
      int index,
      String kind,
      String conceptId,
      String name,
      List<String> codes,
      String polarity,
      String certainty,
      String temporality,
      String experiencer,
      @Nullable String result,
      int sentenceIndex,
      int start,
      int end,
      String text,
      double confidence) {}

  /** A relation between two mentions, by their indices. */
  record RelationLine(String type, int from, int to, @Nullable String outcome, double confidence) {}

  /** A synthetic case, in the shape {@code import} reads. */
  record CaseLine(String text, @Nullable String title, @Nullable String source) {}

  static String line(String source, Extraction e) {
    List<MentionLine> mentions = new ArrayList<>(e.mentions().size());
    for (Mention m : e.mentions()) {
      mentions.add(
          new MentionLine(
              mentions.size(),
              m.kind().label(),
              m.concept().id(),
              m.concept().name(),
              m.concept().codes(),
              m.polarity().name(),
              m.certainty().name(),
              m.temporality().name(),
              m.experiencer().name(),
              m.result() == null ? null : m.result().name(),
              m.evidence().sentenceIndex(),
              m.evidence().start(),
              m.evidence().end(),
              m.evidence().matchedText(),
              m.confidence()));
    }
    List<RelationLine> relations = new ArrayList<>(e.relations().size());
    for (Relation r : e.relations()) {
      relations.add(
          new RelationLine(
              r.type().name(),
              r.from(),
              r.to(),
              r.outcome() == null ? null : r.outcome().name(),
              r.confidence()));
    }
    return JSON.writeValueAsString(
        new ExtractionLine(
            source,
            e.title(),
            e.patientAge(),
            e.patientSex(),
            e.extractorVersion(),
            e.linkMinimum(),
            mentions,
            relations));
  }

  static String line(SyntheticCase c) {
    return JSON.writeValueAsString(new CaseLine(c.text(), c.title(), c.source()));
  }
}
