package dev.kb.importer.extract;

import dev.kb.importer.text.PhraseTrie;
import dev.kb.importer.text.Token;
import dev.kb.importer.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A set of cue phrases ("treated with", "side effect") looked up in a range of tokens, after the
 * same normalisation as the lexicon, so "side-effects" is found by "side effect".
 */
final class Cues {

  private final PhraseTrie<String> trie = new PhraseTrie<>();

  Cues(String... phrases) {
    this(List.of(phrases));
  }

  Cues(List<String> phrases) {
    for (String phrase : phrases) {
      trie.add(Tokenizer.tokenize(phrase).stream().map(Token::norm).toList(), phrase);
    }
  }

  /** The index of the first token of the first cue between {@code from} and {@code to}, or -1. */
  int first(List<Token> tokens, int from, int to) {
    to = Math.min(to, tokens.size());
    for (int i = from; i < to; i++) {
      if (trie.longestAt(tokens, i, to, (cue, matched) -> true) != null) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the first token of the last cue between {@code from} and {@code to}, or -1. */
  int last(List<Token> tokens, int from, int to) {
    to = Math.min(to, tokens.size());
    for (int i = to - 1; i >= from; i--) {
      if (trie.longestAt(tokens, i, to, (cue, matched) -> true) != null) {
        return i;
      }
    }
    return -1;
  }

  /** The cues between {@code from} and {@code to}, longest first from left to right. */
  List<PhraseTrie.Match<String>> all(List<Token> tokens, int from, int to) {
    return trie.findAll(tokens, from, to, (cue, matched) -> true);
  }

  boolean anyIn(List<Token> tokens, int from, int to) {
    return first(tokens, from, to) >= 0;
  }

  /** The number of tokens of the longest cue starting at {@code i} and ending by {@code to}. */
  int lengthAt(List<Token> tokens, int i, int to) {
    PhraseTrie.Match<String> match = trie.longestAt(tokens, i, to, (cue, matched) -> true);
    return match == null ? 0 : match.end() - match.start();
  }

  /**
   * The cues of several sets between {@code from} and {@code to}, left to right, without overlaps:
   * at each token the longest cue of any set wins ("no improvement" over "improvement"). Each
   * match's value is the key of its set in {@code sets}.
   */
  static <V> List<PhraseTrie.Match<V>> scan(
      List<Token> tokens, int from, int to, Map<V, Cues> sets) {
    List<PhraseTrie.Match<V>> hits = new ArrayList<>();
    int i = from;
    while (i < to) {
      V best = null;
      int bestLength = 0;
      for (Map.Entry<V, Cues> set : sets.entrySet()) {
        int length = set.getValue().lengthAt(tokens, i, to);
        if (length > bestLength) {
          best = set.getKey();
          bestLength = length;
        }
      }
      if (best == null) {
        i++;
      } else {
        hits.add(new PhraseTrie.Match<>(best, i, i + bestLength));
        i += bestLength;
      }
    }
    return hits;
  }
}
