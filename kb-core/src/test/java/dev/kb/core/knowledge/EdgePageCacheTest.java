package dev.kb.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.concept.ConceptKey;
import dev.kb.core.concept.ConceptKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Bookmark;

class EdgePageCacheTest {

  private static final Set<Bookmark> BEFORE = Set.of(Bookmark.from("tx-1"));
  private static final Set<Bookmark> AFTER = Set.of(Bookmark.from("tx-2"));
  private static final ConceptKey GOUT = new ConceptKey(ConceptKind.DIAGNOSIS, "MONDO:0005393");
  private static final ConceptKey FEVER = new ConceptKey(ConceptKind.SYMPTOM, "HP:0001945");
  private static final ConceptKey RASH = new ConceptKey(ConceptKind.SYMPTOM, "HP:0000988");
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
  void shouldDropTheLeastRecentlyUsedPagesBeyondItsSize() {
    EdgePageCache cache = new EdgePageCache(2);
    cache.get(BEFORE, List.of(), EdgeSelection.ALL, 3);
    cache.put(BEFORE, Map.of(GOUT, PAGE, FEVER, PAGE), EdgeSelection.ALL, 3);
    cache.get(BEFORE, List.of(GOUT), EdgeSelection.ALL, 3);
    cache.put(BEFORE, Map.of(RASH, PAGE), EdgeSelection.ALL, 3);

    assertThat(cache.get(BEFORE, List.of(GOUT, FEVER, RASH), EdgeSelection.ALL, 3))
        .containsOnlyKeys(GOUT, RASH);
  }

  @Test
  void shouldKeepNothingWhenOff() {
    EdgePageCache cache = new EdgePageCache(0);
    cache.get(BEFORE, List.of(GOUT), EdgeSelection.ALL, 3);
    cache.put(BEFORE, Map.of(GOUT, PAGE), EdgeSelection.ALL, 3);

    assertThat(cache.get(BEFORE, List.of(GOUT), EdgeSelection.ALL, 3)).isEmpty();
  }
}
