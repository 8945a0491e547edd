package dev.kb.importer.evaluate;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A typed character span of one document, gold or predicted.
 *
 * @param type the evaluation type (symptom, chemical, ...)
 * @param start offset, inclusive
 * @param end offset, exclusive
 */
record Span(String type, int start, int end) {

  boolean overlaps(Span other) {
    return type.equals(other.type) && start < other.end && other.start < end;
  }

  /**
   * The score of {@code predicted} against {@code gold} for one type, in one document. Strict
   * matching needs the same start and end; overlap matching any shared character. Duplicate spans
   * count once.
   */
  static Score score(
      String type, Collection<Span> gold, Collection<Span> predicted, boolean strict) {
    Set<Span> g = ofType(type, gold);
    Set<Span> p = ofType(type, predicted);
    int correct = 0;
    for (Span span : p) {
      if (strict ? g.contains(span) : g.stream().anyMatch(span::overlaps)) {
        correct++;
      }
    }
    int found = 0;
    for (Span span : g) {
      if (strict ? p.contains(span) : p.stream().anyMatch(span::overlaps)) {
        found++;
      }
    }
    return new Score(p.size(), correct, g.size(), found);
  }

  private static Set<Span> ofType(String type, Collection<Span> spans) {
    Set<Span> set = new LinkedHashSet<>();
    for (Span span : spans) {
      if (span.type.equals(type)) {
        set.add(span);
      }
    }
    return set;
  }
}
