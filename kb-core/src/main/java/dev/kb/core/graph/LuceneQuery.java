package dev.kb.core.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user typed into a Lucene query for Neo4j's full-text indexes. Only letters and
 * digits pass through, so no user input can change the query's syntax; every word must match,
 * exactly, by prefix or within an edit distance that grows with its length ({@link #of}), or
 * exactly ({@link #exact}).
 */
public final class LuceneQuery {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private LuceneQuery() {}

  /** The words of the input, lower-cased; empty when it has none. */
  public static List<String> words(String input) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(input.toLowerCase(Locale.ROOT));
    while (matcher.find() && words.size() < 16) {
      words.add(matcher.group());
    }
    return words;
  }

  /** The Lucene query for every word exactly, or an empty string when there are none. */
  public static String exact(String input) {
    return String.join(" ", words(input).stream().map(word -> "+" + word).toList());
  }

  /** The Lucene query for these words, or an empty string when there are none. */
  public static String of(String input) {
    List<String> clauses = new ArrayList<>();
    for (String word : words(input)) {
      String fuzzy = word.length() >= 8 ? "~2" : word.length() >= 4 ? "~1" : "";
      String prefix = word.length() >= 3 ? " OR " + word + "*" : "";
      clauses.add("+(" + word + "^3 OR " + word + fuzzy + prefix + ")");
    }
    return String.join(" ", clauses);
  }
}
