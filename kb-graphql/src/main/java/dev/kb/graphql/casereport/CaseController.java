package dev.kb.graphql.casereport;

import dev.kb.core.casereport.CaseFact;
import dev.kb.core.casereport.CaseFilter;
import dev.kb.core.casereport.CaseReport;
import dev.kb.core.casereport.CaseReports;
import dev.kb.core.casereport.CaseRepository;
import dev.kb.core.casereport.CaseSort;
import dev.kb.core.casereport.FactRelation;
import dev.kb.core.concept.ConceptKind;
import dev.kb.core.fact.Polarity;
import dev.kb.graphql.error.InvalidArgumentException;
import dev.kb.graphql.paging.Connection;
import dev.kb.graphql.paging.Cursors;
import dev.kb.graphql.paging.SortDirection;
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
 * Cases and their facts. Nested lists go through data loaders, so a page of cases with their facts
 * costs two queries however long the page is.
 */
@Controller
class CaseController {

  private final CaseReports cases;
  private final CaseRepository caseRepository;

  CaseController(CaseReports cases, CaseRepository caseRepository, BatchLoaderRegistry registry) {
    this.cases = cases;
    this.caseRepository = caseRepository;
    registry
        .<String, List<CaseFact>>forName("caseFacts")
        .registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> cases.factsByCase(ids)));
    registry
        .<String, List<FactRelation>>forName("factRelations")
        .registerMappedBatchLoader(
            (ids, env) -> Mono.fromCallable(() -> cases.relationsOfFacts(ids)));
    registry
        .<String, CaseReport>forName("casesById")
        .registerMappedBatchLoader(
            (ids, env) ->
                Mono.fromCallable(
                    () ->
                        cases.findByIds(ids).stream()
                            .collect(
                                java.util.stream.Collectors.toMap(
                                    CaseReport::id, report -> report))));
  }

  /** The {@code CaseOrder} input. */
  record CaseOrder(CaseSort.Field field, SortDirection direction) {}

  @QueryMapping
  Connection<CaseReport> cases(
      @Argument @Nullable CaseFilter filter,
      @Argument @Nullable CaseOrder orderBy,
      @Argument int first,
      @Argument @Nullable String after) {
    // The schema's default applies when the argument is left out, not when it is given as null.
    CaseSort sort =
        orderBy == null
            ? CaseSort.NEWEST_FIRST
            : new CaseSort(orderBy.field(), orderBy.direction() == SortDirection.DESC);
    try {
      return Connection.of(
          cases.page(filter, sort, Cursors.offsetAfter(after), Cursors.pageSize("first", first)));
    } catch (IllegalArgumentException e) {
      throw new InvalidArgumentException("filter", String.valueOf(e.getMessage()));
    }
  }

  /**
   * One case. When the query asks for its facts, they are read in the same query and handed to the
   * data loader, so the whole answer costs one round trip.
   */
  @QueryMapping("case")
  @Nullable CaseReport caseById(
      @Argument String id,
      DataFetchingFieldSelectionSet selection,
      DataLoader<String, List<CaseFact>> caseFacts) {
    if (!selection.contains("facts")) {
      return caseRepository.findById(id).orElse(null);
    }
    return cases
        .findWithFacts(id)
        .map(
            found -> {
              caseFacts.prime(id, found.facts());
              return found.report();
            })
        .orElse(null);
  }

  @SchemaMapping(typeName = "Case")
  CompletableFuture<List<CaseFact>> facts(
      CaseReport report,
      @Argument @Nullable ConceptKind kind,
      @Argument @Nullable Polarity polarity,
      DataLoader<String, List<CaseFact>> caseFacts) {
    return caseFacts
        .load(report.id())
        .thenApply(
            facts ->
                facts.stream()
                    .filter(f -> kind == null || f.kind() == kind)
                    .filter(f -> polarity == null || f.polarity() == polarity)
                    .toList());
  }

  @SchemaMapping(typeName = "Fact")
  EvidenceView evidence(CaseFact fact) {
    return EvidenceView.of(fact);
  }

  @SchemaMapping(typeName = "Fact")
  CompletableFuture<List<FactRelation>> relations(
      CaseFact fact,
      @Argument FactRelation.@Nullable Type type,
      DataLoader<String, List<FactRelation>> factRelations) {
    return factRelations
        .load(fact.id())
        .thenApply(list -> list.stream().filter(r -> type == null || r.type() == type).toList());
  }

  @SchemaMapping(typeName = "Fact", field = "case")
  CompletableFuture<CaseReport> caseOfFact(
      CaseFact fact, DataLoader<String, CaseReport> casesById) {
    return casesById.load(fact.caseId());
  }
}
