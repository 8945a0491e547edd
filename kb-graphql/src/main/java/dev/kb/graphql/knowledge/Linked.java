package dev.kb.graphql.knowledge;

import dev.kb.core.concept.ConceptKey;
import dev.kb.core.knowledge.LinkFilter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * A data loader key for a statistic of a concept counted over some links: keys asking for the same
 * links are read in one query.
 */
record Linked(ConceptKey concept, LinkFilter links) {

  static <T> Map<Linked, List<T>> load(
      Set<Linked> keys,
      BiFunction<Collection<ConceptKey>, LinkFilter, Map<ConceptKey, List<T>>> read) {
    Map<Linked, List<T>> loaded = new HashMap<>();
    keys.stream()
        .collect(Collectors.groupingBy(Linked::links))
        .forEach(
            (links, linked) -> {
              Map<ConceptKey, List<T>> byConcept =
                  read.apply(linked.stream().map(Linked::concept).toList(), links);
              linked.forEach(k -> loaded.put(k, byConcept.getOrDefault(k.concept(), List.of())));
            });
    return loaded;
  }
}
