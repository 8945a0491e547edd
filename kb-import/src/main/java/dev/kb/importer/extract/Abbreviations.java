package dev.kb.importer.extract;

import dev.kb.core.concept.Concept;
import dev.kb.importer.context.SentenceContext;
import dev.kb.importer.text.TextSpan;
import dev.kb.importer.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Abbreviations a text defines for itself: after "doxorubicin (DOX)", every "DOX" of the text is a
 * mention of doxorubicin, and after "progressive disease (PD)" a "PD" is no longer Parkinson
 * disease. Reports and abstracts coin such short forms freely, so no lexicon can list them.
 *
 * <p>A definition is a concept mention directly followed by one to three word tokens in brackets,
 * whose letters and digits occur in order in the mention, the first one at the start of a word (the
 * test of Schwartz and Hearst, 2003): "(Fig. 1)" after "fibrosis" is not one.
 */
final class Abbreviations {

  // Longer bracketed text is an explanation, not a short form.
  private static final int MAX_TOKENS = 3;
  private static final int MAX_CHARACTERS = 10;

  private record Definition(Concept concept, int from) {}

  private Abbreviations() {}

  /**
   * {@code found} with the mentions of the abbreviations defined in the text added, and lexicon
   * readings of those abbreviations replaced by the text's own; in text order.
   */
  static List<Found> apply(
      List<Token> tokens,
      List<TextSpan> sentenceTokens,
      List<SentenceContext> contexts,
      List<Found> found) {
    Map<String, Definition> definitions = definitions(tokens, sentenceTokens, found);
    if (definitions.isEmpty()) {
      return found;
    }
    // Most tokens start no short form: checking the first word alone keeps the scan cheap.
    Set<String> firstWords = new HashSet<>();
    for (String key : definitions.keySet()) {
      int space = key.indexOf(' ');
      firstWords.add(space < 0 ? key : key.substring(0, space));
    }
    Map<Integer, Found> byFirstToken = new HashMap<>();
    boolean[] covered = new boolean[tokens.size()];
    for (Found f : found) {
      byFirstToken.put(f.firstToken(), f);
      for (int t = f.firstToken(); t < f.endToken(); t++) {
        covered[t] = true;
      }
    }
    List<Found> result = new ArrayList<>(found.size() + 8);
    List<Found> replaced = new ArrayList<>();
    for (int s = 0; s < sentenceTokens.size(); s++) {
      int end = sentenceTokens.get(s).end();
      for (int i = sentenceTokens.get(s).start(); i < end; i++) {
        if (!firstWords.contains(tokens.get(i).text())) {
          continue;
        }
        for (int n = 1; n <= MAX_TOKENS && i + n <= end; n++) {
          Definition definition = definitions.get(key(tokens, i, i + n));
          if (definition == null || i < definition.from()) {
            continue;
          }
          Found lexical = byFirstToken.get(i);
          if (lexical != null
              && lexical.endToken() == i + n
              && !lexical.concept().id().equals(definition.concept().id())) {
            replaced.add(lexical);
            result.add(
                new Found(
                    definition.concept(),
                    s,
                    i,
                    i + n,
                    contexts.get(s).flagsFor(i, i + n, definition.concept().kind())));
          } else if (!anyCovered(covered, i, i + n)) {
            result.add(
                new Found(
                    definition.concept(),
                    s,
                    i,
                    i + n,
                    contexts.get(s).flagsFor(i, i + n, definition.concept().kind())));
            for (int t = i; t < i + n; t++) {
              covered[t] = true;
            }
          }
          break;
        }
      }
    }
    for (Found f : found) {
      if (!replaced.contains(f)) {
        result.add(f);
      }
    }
    result.sort(Comparator.comparingInt(Found::firstToken));
    return result;
  }

  private static Map<String, Definition> definitions(
      List<Token> tokens, List<TextSpan> sentenceTokens, List<Found> found) {
    Map<String, Definition> definitions = new HashMap<>();
    for (Found f : found) {
      int open = f.endToken();
      int sentenceEnd = sentenceTokens.get(f.sentence()).end();
      if (open >= sentenceEnd || !tokens.get(open).text().equals("(")) {
        continue;
      }
      int close = open + 1;
      while (close < sentenceEnd && close - open - 1 <= MAX_TOKENS) {
        Token token = tokens.get(close);
        if (token.text().equals(")") || token.isPunctuation()) {
          break;
        }
        close++;
      }
      if (close >= sentenceEnd || !tokens.get(close).text().equals(")") || close == open + 1) {
        continue;
      }
      String key = key(tokens, open + 1, close);
      String longForm = longForm(tokens, f);
      if (isShortForm(key)
          && abbreviates(key, longForm)
          && (!FindingPhrases.isPhrase(f.concept()) || startsAlike(key, longForm))) {
        definitions.putIfAbsent(key, new Definition(f.concept(), open + 1));
      }
    }
    return definitions;
  }

  private static String key(List<Token> tokens, int from, int to) {
    if (to - from == 1) {
      return tokens.get(from).text();
    }
    StringBuilder key = new StringBuilder();
    for (int t = from; t < to; t++) {
      if (t > from) {
        key.append(' ');
      }
      key.append(tokens.get(t).text());
    }
    return key.toString();
  }

  private static String longForm(List<Token> tokens, Found f) {
    StringBuilder text = new StringBuilder();
    for (int t = f.firstToken(); t < f.endToken(); t++) {
      if (t > f.firstToken()) {
        text.append(' ');
      }
      text.append(tokens.get(t).text());
    }
    return text.toString();
  }

  // A capital is required, so that "(see)" or "(mild)" never defines anything.
  private static boolean isShortForm(String key) {
    int characters = 0;
    boolean capital = false;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        characters++;
      }
      capital |= Character.isUpperCase(c);
    }
    return capital && characters >= 2 && characters <= MAX_CHARACTERS;
  }

  /** Schwartz and Hearst: the short form's characters occur in order in the long form. */
  static boolean abbreviates(String shortForm, String longForm) {
    String s = shortForm.toLowerCase(java.util.Locale.ROOT);
    String l = longForm.toLowerCase(java.util.Locale.ROOT);
    if (l.length() <= s.length()) {
      return false;
    }
    int si = s.length() - 1;
    int li = l.length() - 1;
    while (si >= 0) {
      char c = s.charAt(si);
      if (!Character.isLetterOrDigit(c)) {
        si--;
        continue;
      }
      while (li >= 0
          && (l.charAt(li) != c
              || si == 0 && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1)))) {
        li--;
      }
      if (li < 0) {
        return false;
      }
      li--;
      si--;
    }
    return true;
  }

  /**
   * The short form starts with the mention's first letter. A finding phrase needs it: in "a dilated
   * left ventricle (LV)" the short form names the structure inside the finding, not the finding.
   */
  private static boolean startsAlike(String shortForm, String longForm) {
    int s = 0;
    while (s < shortForm.length() && !Character.isLetterOrDigit(shortForm.charAt(s))) {
      s++;
    }
    int l = 0;
    while (l < longForm.length() && !Character.isLetterOrDigit(longForm.charAt(l))) {
      l++;
    }
    return s < shortForm.length()
        && l < longForm.length()
        && Character.toLowerCase(shortForm.charAt(s)) == Character.toLowerCase(longForm.charAt(l));
  }

  private static boolean anyCovered(boolean[] covered, int from, int to) {
    for (int t = from; t < to; t++) {
      if (covered[t]) {
        return true;
      }
    }
    return false;
  }
}
