package dev.kb.graphql.concept;

import dev.kb.core.casereport.CaseReport;
import dev.kb.core.casereport.CaseReports;
import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKey;
import dev.kb.core.concept.ConceptKind;
import dev.kb.core.concept.ConceptSort;
import dev.kb.core.concept.Concepts;
import dev.kb.graphql.paging.Connection;
import dev.kb.graphql.paging.Cursors;
import dev.kb.graphql.paging.SortDirection;
import dev.kb.graphql.paging.Windowed;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Concepts of the five kinds. The fields of the {@code Concept} interface are mapped once here and
 * apply to every kind; their lists are batch-loaded across all concepts of a response. A concept's
 * case count comes with it from the graph, so {@code caseCount} is a plain property.
 */
@Controller
class ConceptController {

  private final Concepts concepts;

  ConceptController(Concepts concepts, CaseReports cases, BatchLoaderRegistry registry) {
    this.concepts = concepts;
    registry
        .<Windowed<ConceptKey>, List<CaseReport>>forName("conceptCases")
        .registerMappedBatchLoader(
            (keys, env) -> Mono.fromCallable(() -> Windowed.load(keys, cases::casesByConcept)));
  }

  @QueryMapping
  Connection<Concept> concepts(
      @Argument @Nullable ConceptKind kind,
      @Argument @Nullable ConceptOrder orderBy,
      @Argument int first,
      @Argument @Nullable String after) {
    // The schema's default applies when the argument is left out, not when it is given as null.
    ConceptSort sort =
        orderBy == null
            ? ConceptSort.BY_NAME
            : new ConceptSort(orderBy.field(), orderBy.direction() == SortDirection.DESC);
    return Connection.of(
        concepts.page(kind, sort, Cursors.offsetAfter(after), Cursors.pageSize("first", first)));
  }

  /** The {@code ConceptOrder} input. */
  record ConceptOrder(ConceptSort.Field field, SortDirection direction) {}

  /** One concept. */
  @QueryMapping
  @Nullable Concept concept(@Argument ConceptKind kind, @Argument String id) {
    return concepts.find(new ConceptKey(kind, id)).orElse(null);
  }

  @SchemaMapping(typeName = "Concept")
  CompletableFuture<Connection<CaseReport>> cases(
      Concept concept,
      @Argument int first,
      @Argument @Nullable String after,
      DataLoader<Windowed<ConceptKey>, List<CaseReport>> conceptCases) {
    ConceptKey key = new ConceptKey(concept.kind(), concept.id());
    return conceptCases
        .load(new Windowed<>(key, Cursors.window(first, after)))
        .thenApply(loaded -> Connection.slice(loaded, first, after, concept.caseCount()));
  }
}
