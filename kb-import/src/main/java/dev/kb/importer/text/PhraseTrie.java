package dev.kb.importer.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Phrases keyed by their normalised tokens, for longest-match lookup in time proportional to the
 * text, whatever the number of phrases.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTrie<V> {

  /**
   * The longest phrase found at a position.
   *
   * @param value what the phrase stands for
   * @param start index of the first token, inclusive
   * @param end index after the last token
   */
  public record Match<V>(V value, int start, int end) {}

  private final Node<V> root = new Node<>();

  /** Adds {@code value} under the phrase of normalised tokens {@code phrase}. */
  public void add(List<String> phrase, V value) {
    if (phrase.isEmpty()) {
      throw new IllegalArgumentException("Empty phrase");
    }
    Node<V> node = root;
    for (String token : phrase) {
      node = node.child(token);
    }
    node.values = node.values.isEmpty() ? List.of(value) : append(node.values, value);
  }

  /**
   * The longest phrase starting at token {@code from} and ending by {@code to}, among values {@code
   * accept} allows for the tokens matched; when one phrase has several values, the first added
   * wins.
   */
  public @Nullable Match<V> longestAt(
      List<Token> tokens, int from, int to, BiPredicate<V, List<Token>> accept) {
    Node<V> node = root;
    Match<V> best = null;
    for (int i = from; i < to; i++) {
      node = node.children.isEmpty() ? null : node.children.get(tokens.get(i).norm());
      if (node == null) {
        break;
      }
      for (V value : node.values) {
        if (accept.test(value, tokens.subList(from, i + 1))) {
          best = new Match<>(value, from, i + 1);
          break;
        }
      }
    }
    return best;
  }

  /**
   * Longest matches from left to right, never overlapping, between tokens {@code from} and {@code
   * to}.
   */
  public List<Match<V>> findAll(
      List<Token> tokens, int from, int to, BiPredicate<V, List<Token>> accept) {
    List<Match<V>> matches = new ArrayList<>();
    int i = from;
    while (i < to) {
      Match<V> match = longestAt(tokens, i, to, accept);
      if (match == null) {
        i++;
      } else {
        matches.add(match);
        i = match.end();
      }
    }
    return matches;
  }

  private static <V> List<V> append(List<V> values, V value) {
    List<V> more = new ArrayList<>(values.size() + 1);
    more.addAll(values);
    more.add(value);
    return more;
  }

  // Terminology packs put a few hundred thousand phrases in one trie, most nodes being leaves:
  // empty immutable maps and lists until a node needs more keep the heap small.
  private static final class Node<V> {
    Map<String, Node<V>> children = Map.of();
    List<V> values = List.of();

    Node<V> child(String token) {
      if (children.isEmpty()) {
        children = new HashMap<>(2);
      }
      return children.computeIfAbsent(token, k -> new Node<>());
    }
  }
}
