package dev.kb.importer.cli;

import dev.kb.importer.extract.Extraction;
import dev.kb.importer.extract.Mention;
import dev.kb.importer.extract.Relation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One extraction as one line of JSON. Written by hand because the shape is small and fixed, and
 * kb-import keeps its dependencies few.
 */
final class Json {

  private Json() {}

  static String line(String source, Extraction e) {
    StringBuilder json = new StringBuilder(512);
    json.append("{\"source\":").append(string(source));
    json.append(",\"title\":").append(string(e.title()));
    json.append(",\"patientAge\":").append(e.patientAge());
    json.append(",\"patientSex\":").append(string(e.patientSex()));
    json.append(",\"extractorVersion\":").append(string(e.extractorVersion()));
    json.append(",\"mentions\":[");
    List<Mention> mentions = e.mentions();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      json.append(i == 0 ? "" : ",")
          .append("{\"index\":")
          .append(i)
          .append(",\"kind\":")
          .append(string(m.kind().label()))
          .append(",\"conceptId\":")
          .append(string(m.concept().id()))
          .append(",\"name\":")
          .append(string(m.concept().name()))
          .append(",\"codes\":[");
      for (int c = 0; c < m.concept().codes().size(); c++) {
        json.append(c == 0 ? "" : ",").append(string(m.concept().codes().get(c)));
      }
      json.append("],\"polarity\":")
          .append(string(m.polarity().name()))
          .append(",\"certainty\":")
          .append(string(m.certainty().name()))
          .append(",\"temporality\":")
          .append(string(m.temporality().name()))
          .append(",\"experiencer\":")
          .append(string(m.experiencer().name()))
          .append(",\"result\":")
          .append(string(m.result() == null ? null : m.result().name()))
          .append(",\"sentenceIndex\":")
          .append(m.evidence().sentenceIndex())
          .append(",\"start\":")
          .append(m.evidence().start())
          .append(",\"end\":")
          .append(m.evidence().end())
          .append(",\"text\":")
          .append(string(m.evidence().matchedText()))
          .append('}');
    }
    json.append("],\"relations\":[");
    List<Relation> relations = e.relations();
    for (int i = 0; i < relations.size(); i++) {
      Relation r = relations.get(i);
      json.append(i == 0 ? "" : ",")
          .append("{\"type\":")
          .append(string(r.type().name()))
          .append(",\"from\":")
          .append(r.from())
          .append(",\"to\":")
          .append(r.to())
          .append(",\"outcome\":")
          .append(string(r.outcome() == null ? null : r.outcome().name()))
          .append('}');
    }
    return json.append("]}").toString();
  }

  static String string(@Nullable String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
