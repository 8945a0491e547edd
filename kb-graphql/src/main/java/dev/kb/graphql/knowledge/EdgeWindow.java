package dev.kb.graphql.knowledge;

import dev.kb.core.concept.ConceptKey;
import dev.kb.core.knowledge.ConceptEdges;
import dev.kb.core.knowledge.EdgePage;
import dev.kb.core.knowledge.EdgeSelection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A data loader key for the start of a concept's list of edges: the concept, which of its edges,
 * and how many from the start the page needs. Keys sharing a selection and a window are read in one
 * query, so a response costs one query per distinct list shape, not per concept.
 */
record EdgeWindow(ConceptKey concept, EdgeSelection selection, int window) {

  private record Shape(EdgeSelection selection, int window) {}

  static Map<EdgeWindow, EdgePage> load(Set<EdgeWindow> keys, ConceptEdges edges) {
    Map<EdgeWindow, EdgePage> loaded = new HashMap<>();
    Map<Shape, List<EdgeWindow>> byShape =
        keys.stream().collect(Collectors.groupingBy(k -> new Shape(k.selection(), k.window())));
    byShape.forEach(
        (shape, windows) -> {
          Map<ConceptKey, EdgePage> pages =
              edges.edges(
                  windows.stream().map(EdgeWindow::concept).toList(),
                  shape.selection(),
                  shape.window());
          windows.forEach(
              w -> loaded.put(w, pages.getOrDefault(w.concept(), new EdgePage(List.of(), 0))));
        });
    return loaded;
  }
}
