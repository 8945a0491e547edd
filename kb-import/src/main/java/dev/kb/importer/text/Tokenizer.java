package dev.kb.importer.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, numbers and punctuation marks, keeping offsets into the original text.
 *
 * <p>Hyphens and slashes join words in writing but not in meaning, so they are dropped: that makes
 * "cramp-fasciculation", "cramp fasciculation" and "PET/CT" tokenise alike. Other punctuation
 * becomes a token of its own, so that a phrase never matches across a comma or a bracket.
 */
public final class Tokenizer {

  private Tokenizer() {}

  /** The tokens of {@code text}. */
  public static List<Token> tokenize(String text) {
    return tokenize(text, 0, text.length());
  }

  /** The tokens of {@code text} between {@code from} (inclusive) and {@code to} (exclusive). */
  public static List<Token> tokenize(String text, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int end = wordEnd(text, i, to);
        String word = text.substring(i, end);
        tokens.add(new Token(word, Normalizer.normalize(word), i, end));
        i = end;
      } else if (Character.isWhitespace(c) || isJoiner(c)) {
        i++;
      } else {
        String mark = String.valueOf(c);
        tokens.add(new Token(mark, mark, i, i + 1));
        i++;
      }
    }
    return tokens;
  }

  private static int wordEnd(String text, int start, int to) {
    int i = start;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        i++;
      } else if (isInnerMark(text, i, to, c)) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  // An apostrophe inside a word ("doesn't", "Parkinson's") and a decimal point or comma inside a
  // number ("2.5 mg") belong to the word.
  private static boolean isInnerMark(String text, int i, int to, char c) {
    if (i + 1 >= to || i == 0) {
      return false;
    }
    char before = text.charAt(i - 1);
    char after = text.charAt(i + 1);
    if (c == '\'' || c == '\u2019') {
      return Character.isLetter(before) && Character.isLetter(after);
    }
    if (c == '.' || c == ',') {
      return Character.isDigit(before) && Character.isDigit(after);
    }
    return false;
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '/' || c == '\u2010' || c == '\u2011' || c == '\u2013';
  }
}
