package dev.kb.importer.extract;

import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.text.DataFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often a mention of a kind and a form is right: the precision with which the extractor's
 * mentions of each (kind, form) overlap an entity the gold corpora mark, measured by {@code
 * kb-import train} on MACCROBAT and BC5CDR and bundled as {@code
 * kb/models/mentions/confidence.tsv}. A fact's confidence is the one of its mention's (kind, form).
 *
 * <p>The forms: a short form ("MI", "CBZ"), one word, several words. The extractor's lexicon is not
 * learned from these corpora, so measuring it on them is no training: the table is a calibration,
 * smoothed by one right and one wrong mention per cell.
 */
public final class MentionConfidence {

  /** Where the table is bundled. */
  public static final String BUNDLED = "kb/models/mentions/confidence.tsv";

  // For a (kind, form) no corpus measured: no more than a coin's toss.
  private static final double UNMEASURED = 0.5;

  private final Map<String, Double> precision;

  /** A table of precision by {@link #cell}. */
  public MentionConfidence(Map<String, Double> precision) {
    this.precision = Map.copyOf(precision);
  }

  /** The bundled table; every cell unmeasured when none is bundled yet. */
  public static MentionConfidence bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final MentionConfidence INSTANCE = load();

    private static MentionConfidence load() {
      try (InputStream in = MentionConfidence.class.getClassLoader().getResourceAsStream(BUNDLED)) {
        if (in == null) {
          return new MentionConfidence(Map.of());
        }
        return parse(BUNDLED, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + BUNDLED, e);
      }
    }
  }

  /** Parses {@code cell<TAB>precision<TAB>mentions} rows. */
  static MentionConfidence parse(String fileName, String content) {
    Map<String, Double> precision = new LinkedHashMap<>();
    for (DataFile.Row row : DataFile.rows(fileName, content, "cell\tprecision\tmentions")) {
      try {
        precision.put(row.column(0), Double.parseDouble(row.column(1)));
      } catch (NumberFormatException e) {
        throw row.error("not a number: " + row.column(1));
      }
    }
    return new MentionConfidence(precision);
  }

  /** A short hash of the table: part of the extractor's version. */
  public String hash() {
    StringBuilder all = new StringBuilder();
    new TreeMap<>(precision)
        .forEach((cell, p) -> all.append(cell).append('=').append(p).append(';'));
    return Integer.toHexString(all.toString().hashCode());
  }

  /** The cell of a mention: its concept's kind and the form of its words. */
  public static String cell(ConceptKind kind, String matchedText) {
    String words = matchedText.strip();
    String form;
    if (words.length() <= 5 && words.equals(words.toUpperCase(Locale.ROOT)) && !words.isEmpty()) {
      form = "short";
    } else if (words.chars().anyMatch(Character::isWhitespace)) {
      form = "words";
    } else {
      form = "word";
    }
    return kind.name().toLowerCase(Locale.ROOT) + "/" + form;
  }

  /** How often a mention of this concept kind with these words is right. */
  public double of(ConceptKind kind, String matchedText) {
    return precision.getOrDefault(cell(kind, matchedText), UNMEASURED);
  }

  /**
   * Writes the table from counts of mentions and right mentions per cell, each smoothed by one
   * right and one wrong mention.
   */
  public static void write(Path file, Map<String, int[]> counts) {
    StringBuilder out = new StringBuilder();
    out.append(
        "# How often the extractor's mentions of each concept kind and form overlap a gold\n");
    out.append(
        "# entity (MACCROBAT, BC5CDR): a fact's confidence. Written by kb-import train; do\n");
    out.append("# not edit. precision = (right + 1) / (mentions + 2).\n");
    out.append("cell\tprecision\tmentions\n");
    new TreeMap<>(counts)
        .forEach(
            (cell, c) ->
                out.append(cell)
                    .append('\t')
                    .append(String.format(Locale.ROOT, "%.3f", (c[1] + 1.0) / (c[0] + 2.0)))
                    .append('\t')
                    .append(c[0])
                    .append('\n'));
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
