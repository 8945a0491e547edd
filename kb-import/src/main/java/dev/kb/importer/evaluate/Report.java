package dev.kb.importer.evaluate;

import java.util.List;
import java.util.Locale;

/**
 * The result of evaluating one corpus.
 *
 * @param corpus the corpus name
 * @param documents how many documents (or sentences) were extracted
 * @param seconds wall time of the extraction alone
 * @param rows the scores
 * @param notes how the scores were defined, printed under the table
 */
public record Report(
    String corpus, int documents, double seconds, List<ScoreRow> rows, List<String> notes) {

  public Report {
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
  }

  /** The row for {@code type} and {@code matching}. */
  public ScoreRow row(String type, String matching) {
    return rows.stream()
        .filter(r -> r.type().equals(type) && r.matching().equals(matching))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No row " + type + " " + matching));
  }

  /** A plain-text table of the rows, then the notes. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%s: %d documents, extracted in %.2f s (%.0f docs/s)%n",
            corpus,
            documents,
            seconds,
            seconds == 0 ? 0 : documents / seconds));
    out.append(
        String.format(
            Locale.ROOT,
            "%-22s %-8s %6s %6s %6s %9s %9s%n",
            "type",
            "match",
            "P",
            "R",
            "F1",
            "predicted",
            "gold"));
    for (ScoreRow row : rows) {
      Score s = row.score();
      out.append(
          String.format(
              Locale.ROOT,
              "%-22s %-8s %6.3f %6.3f %6.3f %9d %9d%n",
              row.type(),
              row.matching(),
              s.precision(),
              s.recall(),
              s.f1(),
              s.predicted(),
              s.gold()));
    }
    for (String note : notes) {
      out.append("  * ").append(note).append(System.lineSeparator());
    }
    return out.toString();
  }
}
