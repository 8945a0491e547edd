package dev.kb.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKey;
import dev.kb.core.concept.ConceptKind;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Bookmark;

class EdgePageCacheTest {

  private static final Set<Bookmark> BEFORE = Set.of(Bookmark.from("tx-1"));
  private static final Set<Bookmark> AFTER = Set.of(Bookmark.from("tx-2"));
  private static final ConceptKey GOUT = new ConceptKey(ConceptKind.DIAGNOSIS, "MONDO:0005393");
  private static final ConceptKey FEVER = new ConceptKey(ConceptKind.SYMPTOM, "HP:0001945");
  private static final EdgePage PAGE = new EdgePage(List.of(), 0);

  @Test
  void shouldAnswerOnlyForTheGraphStateItReadIn() {
    EdgePageCache cache = new EdgePageCache(100);
    cache.get(BEFORE, List.of(GOUT), EdgeSelection.ALL, 3);
    cache.put(BEFORE, Map.of(GOUT, PAGE), EdgeSelection.ALL, 3);

    assertThat(cache.get(BEFORE, List.of(GOUT, FEVER), EdgeSelection.ALL, 3))
        .containsOnlyKeys(GOUT);
    assertThat(cache.get(BEFORE, List.of(GOUT), EdgeSelection.ALL, 5)).isEmpty();
    assertThat(cache.get(AFTER, List.of(GOUT), EdgeSelection.ALL, 3)).isEmpty();
    assertThat(cache.get(AFTER, List.of(GOUT), EdgeSelection.ALL, 3)).as("emptied").isEmpty();
  }

  @Test
  void shouldKeepNothingReadWhileTheGraphMovedOn() {
    EdgePageCache cache = new EdgePageCache(100);
    cache.get(AFTER, List.of(GOUT), EdgeSelection.ALL, 3);
    cache.put(BEFORE, Map.of(GOUT, PAGE), EdgeSelection.ALL, 3);

    assertThat(cache.get(AFTER, List.of(GOUT), EdgeSelection.ALL, 3)).isEmpty();
  }

  @Test
  void shouldNeverHoldMoreEdgesThanItsSize() {
    EdgePageCache cache = new EdgePageCache(10);
    cache.get(BEFORE, List.of(), EdgeSelection.ALL, 3);
    List<ConceptKey> symptoms = symptoms(30);
    for (ConceptKey symptom : symptoms) {
      cache.put(BEFORE, Map.of(symptom, PAGE), EdgeSelection.ALL, 3);
    }
    cache.put(BEFORE, Map.of(GOUT, pageOf(4)), EdgeSelection.ALL, 3);
    cache.put(BEFORE, Map.of(FEVER, pageOf(11)), EdgeSelection.ALL, 3);

    Map<ConceptKey, EdgePage> held =
        cache.get(BEFORE, concat(symptoms, List.of(GOUT, FEVER)), EdgeSelection.ALL, 3);
    assertThat(held).isNotEmpty().doesNotContainKey(FEVER);
    assertThat(held.values().stream().mapToInt(page -> Math.max(1, page.edges().size())).sum())
        .as("edges held, an empty page counting as one")
        .isLessThanOrEqualTo(10);
  }

  @Test
  void shouldKeepAPageAskedForOftenOverPagesAskedForOnce() {
    EdgePageCache cache = new EdgePageCache(10);
    cache.get(BEFORE, List.of(), EdgeSelection.ALL, 3);
    cache.put(BEFORE, Map.of(GOUT, PAGE), EdgeSelection.ALL, 3);
    List<ConceptKey> symptoms = symptoms(40);
    for (ConceptKey symptom : symptoms.subList(0, 9)) {
      cache.put(BEFORE, Map.of(symptom, PAGE), EdgeSelection.ALL, 3);
    }
    for (int i = 0; i < 5; i++) {
      assertThat(cache.get(BEFORE, List.of(GOUT), EdgeSelection.ALL, 3)).containsOnlyKeys(GOUT);
    }
    // Thirty concepts asked for once each, as Knowledge asks: a miss, then the page read.
    for (ConceptKey symptom : symptoms.subList(10, 40)) {
      assertThat(cache.get(BEFORE, List.of(symptom), EdgeSelection.ALL, 3)).isEmpty();
      cache.put(BEFORE, Map.of(symptom, PAGE), EdgeSelection.ALL, 3);
    }

    assertThat(cache.get(BEFORE, List.of(GOUT), EdgeSelection.ALL, 3)).containsOnlyKeys(GOUT);
    assertThat(cache.get(BEFORE, symptoms, EdgeSelection.ALL, 3)).hasSizeLessThanOrEqualTo(9);
  }

  @Test
  void shouldKeepNothingWhenOff() {
    EdgePageCache cache = new EdgePageCache(0);
    cache.get(BEFORE, List.of(GOUT), EdgeSelection.ALL, 3);
    cache.put(BEFORE, Map.of(GOUT, PAGE), EdgeSelection.ALL, 3);

    assertThat(cache.get(BEFORE, List.of(GOUT), EdgeSelection.ALL, 3)).isEmpty();
  }

  private static List<ConceptKey> symptoms(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> new ConceptKey(ConceptKind.SYMPTOM, "HP:%07d".formatted(i)))
        .toList();
  }

  private static List<ConceptKey> concat(List<ConceptKey> first, List<ConceptKey> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }

  // A page of `size` edges; the same edge repeated weighs as much as distinct ones.
  private static EdgePage pageOf(int size) {
    Concept gout =
        new Concept("MONDO:0005393", ConceptKind.DIAGNOSIS, "gout", List.of(), List.of());
    Concept fever = new Concept("HP:0001945", ConceptKind.SYMPTOM, "fever", List.of(), List.of());
    KnowledgeEdge edge =
        new KnowledgeEdge(Relation.PRESENTS_WITH, gout, fever, 1, 0, 1, 1, 1, LinkFilter.CONFIDENT);
    return new EdgePage(Collections.nCopies(size, edge), size);
  }
}
