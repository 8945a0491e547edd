package dev.kb.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds sentence boundaries in case report text.
 *
 * <p>A sentence ends at a blank line, at the end of a heading line, or at {@code . ! ?} followed by
 * white space and a capital letter, digit or opening bracket, unless the word before the full stop
 * is a known abbreviation ("Dr.", "e.g.", "vs.", "i.v."). Numbers such as "2.5" never end a
 * sentence because the full stop is not followed by white space.
 *
 * <p>A "sentence" longer than {@link #MAX_SENTENCE_CHARS} is cut into windows of at most that
 * length, each ending at a clause boundary ({@code ; ,}) or else at white space, so that no rule
 * working within a sentence sees more than a bounded number of tokens: the work per sentence is
 * then bounded, and extraction stays linear in the length of the text whatever its shape. Case
 * reports' sentences stay far below the limit (the longest of the MACCROBAT half at hand has 688
 * characters).
 */
public final class SentenceSplitter {

  // Lower-case, without the final full stop.
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "dr", "mr", "mrs", "ms", "prof", "e.g", "i.e", "vs", "i.v", "i.m", "s.c", "p.o", "b.i.d",
          "t.i.d", "q.d", "approx", "fig", "figs", "ref", "refs", "no", "nos", "al", "ca", "cf",
          "resp", "incl", "jr", "sr", "st", "dept", "vol", "pp", "viz", "max", "min", "mt", "co",
          "inc", "ltd", "eq", "sec", "ed", "eds", "hosp", "univ", "u.s", "u.k");

  // Headings are short lines without final punctuation ("Case presentation", "Discussion").
  private static final int MAX_HEADING_LENGTH = 60;

  /** The longest span, in characters, read as one sentence. */
  public static final int MAX_SENTENCE_CHARS = 1000;

  private SentenceSplitter() {}

  /** The sentences of {@code text}, trimmed of surrounding white space, in order. */
  public static List<TextSpan> split(String text) {
    List<TextSpan> sentences = new ArrayList<>();
    for (TextSpan block : blocks(text)) {
      splitBlock(text, block, sentences);
    }
    return sentences;
  }

  /**
   * The report's title: its first line, when that line is short and followed by a blank line, as in
   * a report that starts with a heading; null otherwise.
   */
  public static @Nullable String titleOf(String text) {
    String trimmed = text.strip();
    int newline = trimmed.indexOf('\n');
    if (newline < 0) {
      return null;
    }
    String first = trimmed.substring(0, newline).strip();
    String rest = trimmed.substring(newline + 1);
    boolean blankLineFollows = rest.startsWith("\n") || rest.startsWith("\r\n") || rest.isBlank();
    boolean shortLine = first.length() <= 200 && !first.endsWith(".");
    return blankLineFollows && shortLine ? first : null;
  }

  // Paragraphs and headings: split at blank lines, and after a line that looks like a heading.
  private static List<TextSpan> blocks(String text) {
    List<TextSpan> blocks = new ArrayList<>();
    int blockStart = -1;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(lineStart, lineEnd).strip();
      if (line.isEmpty()) {
        if (blockStart >= 0) {
          blocks.add(new TextSpan(blockStart, lineStart));
          blockStart = -1;
        }
      } else {
        if (blockStart < 0) {
          blockStart = lineStart;
        }
        if (isHeading(line) && nextLineStartsUpperCase(text, lineEnd)) {
          blocks.add(new TextSpan(blockStart, lineEnd));
          blockStart = -1;
        }
      }
      lineStart = lineEnd + 1;
    }
    if (blockStart >= 0) {
      blocks.add(new TextSpan(blockStart, text.length()));
    }
    return blocks;
  }

  // A wrapped sentence continues in lower case; a heading is followed by a new sentence.
  private static boolean nextLineStartsUpperCase(String text, int lineEnd) {
    int i = lineEnd + 1;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i >= text.length() || !Character.isLowerCase(text.charAt(i));
  }

  private static boolean isHeading(String line) {
    char last = line.charAt(line.length() - 1);
    return line.length() <= MAX_HEADING_LENGTH
        && Character.isUpperCase(line.charAt(0))
        && Character.isLetterOrDigit(last);
  }

  private static void splitBlock(String text, TextSpan block, List<TextSpan> out) {
    int start = block.start();
    for (int i = block.start(); i < block.end(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i, block.end())) {
        add(text, start, i + 1, out);
        start = i + 1;
      }
    }
    add(text, start, block.end(), out);
  }

  private static boolean endsSentence(String text, int dot, int blockEnd) {
    int next = dot + 1;
    // A closing quote or bracket right after the full stop still belongs to the sentence.
    if (next < blockEnd && (text.charAt(next) == '"' || text.charAt(next) == ')')) {
      return false;
    }
    if (next >= blockEnd || !Character.isWhitespace(text.charAt(next))) {
      return next >= blockEnd;
    }
    int following = next;
    while (following < blockEnd && Character.isWhitespace(text.charAt(following))) {
      following++;
    }
    if (following >= blockEnd) {
      return true;
    }
    char f = text.charAt(following);
    if (!(Character.isUpperCase(f) || Character.isDigit(f) || f == '(' || f == '[' || f == '"')) {
      return false;
    }
    return text.charAt(dot) != '.' || !isAbbreviation(text, dot);
  }

  private static boolean isAbbreviation(String text, int dot) {
    int start = dot;
    while (start > 0
        && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
      start--;
    }
    String word = text.substring(start, dot).toLowerCase(Locale.ROOT);
    return ABBREVIATIONS.contains(word);
  }

  private static void add(String text, int start, int end, List<TextSpan> out) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    while (e - s > MAX_SENTENCE_CHARS) {
      int cut = windowEnd(text, s, s + MAX_SENTENCE_CHARS);
      add(text, s, cut, out);
      s = cut;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
    }
    if (e > s) {
      out.add(new TextSpan(s, e));
    }
  }

  // Where a window from start that must end by limit ends: after the last clause mark in its second
  // half, else at its last white space, else at the limit (never between the halves of a
  // surrogate pair).
  private static int windowEnd(String text, int start, int limit) {
    int half = start + (limit - start) / 2;
    for (int i = limit - 1; i > half; i--) {
      char c = text.charAt(i);
      if ((c == ';' || c == ',') && Character.isWhitespace(text.charAt(i + 1))) {
        return i + 1;
      }
    }
    for (int i = limit - 1; i > start; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }
}
