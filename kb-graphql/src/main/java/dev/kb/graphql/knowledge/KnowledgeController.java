package dev.kb.graphql.knowledge;

import dev.kb.core.casereport.CaseReport;
import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKey;
import dev.kb.core.concept.ConceptKind;
import dev.kb.core.knowledge.ConceptEdges;
import dev.kb.core.knowledge.EdgeEvidence;
import dev.kb.core.knowledge.EdgeKey;
import dev.kb.core.knowledge.EdgePage;
import dev.kb.core.knowledge.EdgeSelection;
import dev.kb.core.knowledge.EdgeSelection.Direction;
import dev.kb.core.knowledge.InvestigationSummaries;
import dev.kb.core.knowledge.InvestigationSummary;
import dev.kb.core.knowledge.KnowledgeEdge;
import dev.kb.core.knowledge.KnowledgeEvidence;
import dev.kb.core.knowledge.KnowledgePath;
import dev.kb.core.knowledge.KnowledgePaths;
import dev.kb.core.knowledge.LinkFilter;
import dev.kb.core.knowledge.OutcomeCount;
import dev.kb.core.knowledge.Relation;
import dev.kb.core.knowledge.SideEffectSignal;
import dev.kb.core.knowledge.SideEffectSignals;
import dev.kb.core.knowledge.SignalRanking;
import dev.kb.graphql.error.InvalidArgumentException;
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
 * Knowledge edges on concepts. Every list is a connection and is batch-loaded: the concepts of a
 * response asking for the same list (say, their first three symptoms) get it in one query that
 * reads only that window (see {@link EdgeWindow}), and all the edges their evidence in one more.
 */
@Controller
class KnowledgeController {

  private final KnowledgePaths paths;
  private final SideEffectSignals signals;

  KnowledgeController(
      ConceptEdges edges,
      KnowledgeEvidence evidence,
      SideEffectSignals signals,
      InvestigationSummaries investigations,
      KnowledgePaths paths,
      BatchLoaderRegistry registry) {
    this.paths = paths;
    this.signals = signals;
    registry
        .<EdgeWindow, EdgePage>forName("conceptEdges")
        .registerMappedBatchLoader(
            (keys, env) -> Mono.fromCallable(() -> EdgeWindow.load(keys, edges)));
    registry
        .<Linked, List<SideEffectSignal>>forName("sideEffectSignals")
        .registerMappedBatchLoader(
            (keys, env) -> Mono.fromCallable(() -> Linked.load(keys, signals::sideEffectSignals)));
    registry
        .<Linked, List<InvestigationSummary>>forName("investigationSummaries")
        .registerMappedBatchLoader(
            (keys, env) ->
                Mono.fromCallable(() -> Linked.load(keys, investigations::investigationsOf)));
    registry
        .<EdgeKey, List<OutcomeCount>>forName("treatmentOutcomes")
        .registerMappedBatchLoader(
            (keys, env) -> Mono.fromCallable(() -> evidence.treatmentOutcomes(keys)));
    registry
        .<Windowed<EdgeKey>, List<EdgeEvidence>>forName("edgeEvidence")
        .registerMappedBatchLoader(
            (keys, env) -> Mono.fromCallable(() -> Windowed.load(keys, evidence::evidence)));
  }

  /** The {@code ConceptRef} input. */
  record ConceptRef(ConceptKind kind, String id) {
    ConceptKey key() {
      return new ConceptKey(kind, id);
    }
  }

  /** The {@code SignalOrder} input. */
  record SignalOrder(SignalRanking.Order field, SortDirection direction) {}

  /** The {@code KnowledgePath} type. */
  record PathView(List<Concept> concepts, List<KnowledgeEdge> edges) {
    public int length() {
      return edges.size();
    }
  }

  @SchemaMapping(typeName = "Concept")
  CompletableFuture<Connection<KnowledgeEdge>> edges(
      Concept concept,
      @Argument @Nullable Relation relation,
      @Argument LinkFilter confidence,
      @Argument int first,
      @Argument @Nullable String after,
      DataLoader<EdgeWindow, EdgePage> conceptEdges) {
    return page(
        concept,
        new EdgeSelection(relation, Direction.BOTH, confidence),
        first,
        after,
        conceptEdges);
  }

  @SchemaMapping(typeName = "Diagnosis")
  CompletableFuture<Connection<KnowledgeEdge>> symptoms(
      Concept diagnosis,
      @Argument int first,
      @Argument @Nullable String after,
      DataLoader<EdgeWindow, EdgePage> conceptEdges) {
    // Presentations rest on facts, not links: confidence does not apply.
    return outgoing(
        diagnosis, Relation.PRESENTS_WITH, LinkFilter.CONFIDENT, first, after, conceptEdges);
  }

  @SchemaMapping(typeName = "Diagnosis", field = "drugs")
  CompletableFuture<Connection<KnowledgeEdge>> drugsOfDiagnosis(
      Concept diagnosis,
      @Argument LinkFilter confidence,
      @Argument int first,
      @Argument @Nullable String after,
      DataLoader<EdgeWindow, EdgePage> conceptEdges) {
    return incoming(diagnosis, Relation.TREATS, confidence, first, after, conceptEdges);
  }

  @SchemaMapping(typeName = "Diagnosis", field = "causedBy")
  CompletableFuture<Connection<KnowledgeEdge>> drugsBlamedForDiagnosis(
      Concept diagnosis,
      @Argument LinkFilter confidence,
      @Argument int first,
      @Argument @Nullable String after,
      DataLoader<EdgeWindow, EdgePage> conceptEdges) {
    return incoming(diagnosis, Relation.CAUSES, confidence, first, after, conceptEdges);
  }

  @SchemaMapping(typeName = "Diagnosis")
  CompletableFuture<Connection<InvestigationSummary>> investigations(
      Concept diagnosis,
      @Argument LinkFilter confidence,
      @Argument int first,
      @Argument @Nullable String after,
      DataLoader<Linked, List<InvestigationSummary>> investigationSummaries) {
    return investigationSummaries
        .load(new Linked(key(diagnosis), confidence))
        .thenApply(all -> Connection.slice(all, first, after));
  }

  @SchemaMapping(typeName = "Symptom")
  CompletableFuture<Connection<KnowledgeEdge>> diagnoses(
      Concept symptom,
      @Argument int first,
      @Argument @Nullable String after,
      DataLoader<EdgeWindow, EdgePage> conceptEdges) {
    return incoming(
        symptom, Relation.PRESENTS_WITH, LinkFilter.CONFIDENT, first, after, conceptEdges);
  }

  @SchemaMapping(typeName = "Symptom", field = "causedBy")
  CompletableFuture<Connection<KnowledgeEdge>> drugsBlamedForSymptom(
      Concept symptom,
      @Argument LinkFilter confidence,
      @Argument int first,
      @Argument @Nullable String after,
      DataLoader<EdgeWindow, EdgePage> conceptEdges) {
    return incoming(symptom, Relation.CAUSES, confidence, first, after, conceptEdges);
  }

  @SchemaMapping(typeName = "Drug")
  CompletableFuture<Connection<KnowledgeEdge>> treats(
      Concept drug,
      @Argument LinkFilter confidence,
      @Argument int first,
      @Argument @Nullable String after,
      DataLoader<EdgeWindow, EdgePage> conceptEdges) {
    return outgoing(drug, Relation.TREATS, confidence, first, after, conceptEdges);
  }

  @SchemaMapping(typeName = "Drug")
  CompletableFuture<Connection<SideEffectSignal>> sideEffects(
      Concept drug,
      @Argument LinkFilter confidence,
      @Argument int first,
      @Argument @Nullable String after,
      DataLoader<Linked, List<SideEffectSignal>> sideEffectSignals) {
    return sideEffectSignals
        .load(new Linked(key(drug), confidence))
        .thenApply(all -> Connection.slice(all, first, after));
  }

  /** Deprecated in the schema: no concept is a side effect any more, so this is never reached. */
  @SchemaMapping(typeName = "SideEffect", field = "drugs")
  CompletableFuture<Connection<KnowledgeEdge>> drugsOfSideEffect(
      Concept sideEffect,
      @Argument LinkFilter confidence,
      @Argument int first,
      @Argument @Nullable String after,
      DataLoader<EdgeWindow, EdgePage> conceptEdges) {
    return incoming(sideEffect, Relation.CAUSES, confidence, first, after, conceptEdges);
  }

  @SchemaMapping(typeName = "Investigation")
  CompletableFuture<Connection<KnowledgeEdge>> findings(
      Concept investigation,
      @Argument LinkFilter confidence,
      @Argument int first,
      @Argument @Nullable String after,
      DataLoader<EdgeWindow, EdgePage> conceptEdges) {
    return outgoing(investigation, Relation.REVEALS, confidence, first, after, conceptEdges);
  }

  /** The cases behind an edge; for {@code PRESENTS_WITH} those ruling the symptom out too. */
  @SchemaMapping(typeName = "KnowledgeEdge")
  CompletableFuture<Connection<EdgeEvidence>> evidence(
      KnowledgeEdge edge,
      @Argument int first,
      @Argument @Nullable String after,
      DataLoader<Windowed<EdgeKey>, List<EdgeEvidence>> edgeEvidence) {
    return edgeEvidence
        .load(new Windowed<>(EdgeKey.of(edge), Cursors.window(first, after)))
        .thenApply(
            loaded ->
                Connection.slice(loaded, first, after, edge.casesOfLinks() + edge.absentCases()));
  }

  @SchemaMapping(typeName = "KnowledgeEdge")
  CompletableFuture<List<OutcomeCount>> outcomes(
      KnowledgeEdge edge, DataLoader<EdgeKey, List<OutcomeCount>> treatmentOutcomes) {
    if (edge.relation() != Relation.TREATS) {
      return CompletableFuture.completedFuture(List.of());
    }
    return treatmentOutcomes.load(EdgeKey.of(edge));
  }

  @SchemaMapping(typeName = "EdgeEvidence", field = "case")
  CompletableFuture<CaseReport> caseOfEvidence(
      EdgeEvidence evidence, DataLoader<String, CaseReport> casesById) {
    return casesById.load(evidence.from().caseId());
  }

  @SchemaMapping(typeName = "SideEffectSignal")
  Concept sideEffect(SideEffectSignal signal) {
    return signal.edge().to();
  }

  /** Signals across all drugs, ranked in the graph: a page costs one query. */
  @QueryMapping
  Connection<SideEffectSignal> sideEffectSignals(
      @Argument @Nullable SignalOrder orderBy,
      @Argument int minCases,
      @Argument LinkFilter confidence,
      @Argument int first,
      @Argument @Nullable String after) {
    InvalidArgumentException.requireBetween("minCases", minCases, 1, Integer.MAX_VALUE);
    return Connection.of(
        signals.ranked(
            ranking(orderBy, minCases, confidence),
            Cursors.offsetAfter(after),
            Cursors.pageSize("first", first)));
  }

  /** The ranking asked for; the schema's default order when given as null. */
  private static SignalRanking ranking(
      @Nullable SignalOrder orderBy, int minCases, LinkFilter confidence) {
    SignalRanking.Order field = orderBy == null ? SignalRanking.Order.PRR : orderBy.field();
    boolean descending = orderBy == null || orderBy.direction() != SortDirection.ASC;
    return new SignalRanking(field, descending, confidence, minCases);
  }

  @QueryMapping
  List<PathView> paths(
      @Argument ConceptRef from,
      @Argument ConceptRef to,
      @Argument int maxLength,
      @Argument int first,
      @Argument LinkFilter confidence) {
    InvalidArgumentException.requireBetween("maxLength", maxLength, 1, 6);
    InvalidArgumentException.requireBetween("first", first, 1, 20);
    List<KnowledgePath> found =
        paths.shortestPaths(from.key(), to.key(), maxLength, first, confidence);
    return found.stream().map(p -> new PathView(p.concepts(), p.edges())).toList();
  }

  private static CompletableFuture<Connection<KnowledgeEdge>> outgoing(
      Concept concept,
      Relation relation,
      LinkFilter links,
      int first,
      @Nullable String after,
      DataLoader<EdgeWindow, EdgePage> loader) {
    return page(concept, new EdgeSelection(relation, Direction.OUT, links), first, after, loader);
  }

  private static CompletableFuture<Connection<KnowledgeEdge>> incoming(
      Concept concept,
      Relation relation,
      LinkFilter links,
      int first,
      @Nullable String after,
      DataLoader<EdgeWindow, EdgePage> loader) {
    return page(concept, new EdgeSelection(relation, Direction.IN, links), first, after, loader);
  }

  private static CompletableFuture<Connection<KnowledgeEdge>> page(
      Concept concept,
      EdgeSelection selection,
      int first,
      @Nullable String after,
      DataLoader<EdgeWindow, EdgePage> loader) {
    return loader
        .load(new EdgeWindow(key(concept), selection, Cursors.window(first, after)))
        .thenApply(page -> Connection.slice(page.edges(), first, after, page.totalCount()));
  }

  private static ConceptKey key(Concept concept) {
    return new ConceptKey(concept.kind(), concept.id());
  }
}
