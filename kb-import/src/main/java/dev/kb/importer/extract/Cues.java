package dev.kb.importer.extract;

import dev.kb.importer.text.PhraseTrie;
import dev.kb.importer.text.Token;
import dev.kb.importer.text.Tokenizer;
import java.util.List;

/**
 * A set of cue phrases ("treated with", "side effect") looked up in a range of tokens, after the
 * same normalisation as the lexicon, so "side-effects" is found by "side effect".
 */
final class Cues {

  private final PhraseTrie<String> trie = new PhraseTrie<>();

  Cues(String... phrases) {
    for (String phrase : phrases) {
      trie.add(Tokenizer.tokenize(phrase).stream().map(Token::norm).toList(), phrase);
    }
  }

  /** The index of the first token of the first cue between {@code from} and {@code to}, or -1. */
  int first(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (trie.longestAt(tokens, i, to, (cue, matched) -> true) != null) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the first token of the last cue between {@code from} and {@code to}, or -1. */
  int last(List<Token> tokens, int from, int to) {
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
}
