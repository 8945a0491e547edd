package dev.kb.importer.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The tab-separated data files kb bundles (context rules, relation cues, finding words): blank
 * lines, {@code #} comments and the header line are skipped, and every other line must have as many
 * columns as the header names. Errors name the file and the line.
 */
public final class DataFile {

  private DataFile() {}

  /** The text of a file bundled on the class path, such as {@code kb/context/rules.tsv}. */
  public static String bundled(String resource) {
    try (InputStream in = DataFile.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing bundled resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  /**
   * One line of a data file.
   *
   * @param where the file and line, as errors begin: {@code "rules.tsv:12: "}
   * @param columns the line's columns, as written
   */
  public record Row(String where, String[] columns) {

    /** A column without its surrounding spaces. */
    public String column(int index) {
      return columns[index].strip();
    }

    /** An error about this line. */
    public IllegalArgumentException error(String message) {
      return new IllegalArgumentException(where + message);
    }
  }

  /**
   * The rows of a file whose header line is {@code header} (tab-separated column names).
   *
   * @throws IllegalArgumentException naming the file and line of a row with another number of
   *     columns
   */
  public static List<Row> rows(String fileName, String content, String header) {
    int width = header.split("\t", -1).length;
    List<Row> rows = new ArrayList<>();
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#") || line.equals(header)) {
        continue;
      }
      Row row = new Row(fileName + ":" + (i + 1) + ": ", line.split("\t", -1));
      if (row.columns().length != width) {
        throw row.error("expected " + header.replace("\t", "<TAB>"));
      }
      rows.add(row);
    }
    return rows;
  }
}
