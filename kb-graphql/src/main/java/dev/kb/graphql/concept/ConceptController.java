package dev.kb.graphql.concept;

import dev.kb.core.casereport.CaseReport;
import dev.kb.core.casereport.CaseReports;
import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKey;
import dev.kb.core.concept.ConceptKind;
import dev.kb.core.concept.Concepts;
import dev.kb.core.knowledge.Knowledge;
import dev.kb.core.knowledge.KnowledgeEdge;
import dev.kb.graphql.paging.Connection;
import dev.kb.graphql.paging.Cursors;
import dev.kb.graphql.paging.Windowed;
import graphql.schema.DataFetchingFieldSelectionSet;
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
 * apply to every kind; their lists are batch-loaded across all concepts of a response.
 */
@Controller
class ConceptController {

  private final Concepts concepts;
  private final Knowledge knowledge;

  ConceptController(
      Concepts concepts, Knowledge knowledge, CaseReports cases, BatchLoaderRegistry registry) {
    this.concepts = concepts;
    this.knowledge = knowledge;
    registry
        .<Windowed<ConceptKey>, List<CaseReport>>forName("conceptCases")
        .registerMappedBatchLoader(
            (keys, env) -> Mono.fromCallable(() -> Windowed.load(keys, cases::casesByConcept)));
    registry
        .<ConceptKey, Integer>forName("conceptCaseCounts")
        .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> cases.caseCounts(keys)));
  }

  @QueryMapping
  Connection<Concept> concepts(
      @Argument @Nullable ConceptKind kind, @Argument int first, @Argument @Nullable String after) {
    return Connection.of(
        concepts.page(kind, Cursors.offsetAfter(after), Cursors.pageSize("first", first)));
  }

  /** Fields answered from the concept's knowledge edges. */
  private static final List<String> EDGE_FIELDS =
      List.of("edges", "symptoms", "drugs", "treats", "diagnoses", "findings");

  /**
   * One concept. When the query asks for fields drawn from its knowledge edges, the edges are read
   * in the same query and handed to the data loader: one round trip for the whole answer.
   */
  @QueryMapping
  @Nullable Concept concept(
      @Argument ConceptKind kind,
      @Argument String id,
      DataFetchingFieldSelectionSet selection,
      DataLoader<ConceptKey, List<KnowledgeEdge>> conceptEdges) {
    ConceptKey key = new ConceptKey(kind, id);
    if (EDGE_FIELDS.stream().noneMatch(selection::contains)) {
      return concepts.find(key).orElse(null);
    }
    return knowledge
        .conceptWithEdges(key)
        .map(
            found -> {
              conceptEdges.prime(key, found.edges());
              return found.concept();
            })
        .orElse(null);
  }

  @SchemaMapping(typeName = "Concept")
  CompletableFuture<Integer> caseCount(
      Concept concept, DataLoader<ConceptKey, Integer> conceptCaseCounts) {
    return conceptCaseCounts.load(new ConceptKey(concept.kind(), concept.id()));
  }

  @SchemaMapping(typeName = "Concept")
  CompletableFuture<Connection<CaseReport>> cases(
      Concept concept,
      @Argument int first,
      @Argument @Nullable String after,
      DataLoader<Windowed<ConceptKey>, List<CaseReport>> conceptCases,
      DataLoader<ConceptKey, Integer> conceptCaseCounts) {
    ConceptKey key = new ConceptKey(concept.kind(), concept.id());
    return conceptCases
        .load(new Windowed<>(key, Cursors.window(first, after)))
        .thenCombine(
            conceptCaseCounts.load(key),
            (loaded, total) -> Connection.slice(loaded, first, after, total));
  }
}
