package dev.kb.graphql.knowledge;

import dev.kb.core.casereport.CaseReport;
import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKey;
import dev.kb.core.concept.ConceptKind;
import dev.kb.core.knowledge.EdgeEvidence;
import dev.kb.core.knowledge.InvestigationSummary;
import dev.kb.core.knowledge.Knowledge;
import dev.kb.core.knowledge.Knowledge.EdgeKey;
import dev.kb.core.knowledge.Knowledge.OutcomeCount;
import dev.kb.core.knowledge.KnowledgeEdge;
import dev.kb.core.knowledge.KnowledgePath;
import dev.kb.core.knowledge.Relation;
import dev.kb.core.knowledge.SideEffectSignal;
import dev.kb.graphql.error.InvalidArgumentException;
import dev.kb.graphql.paging.Cursors;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Knowledge edges on concepts. Every list is batch-loaded: all the concepts of a response get their
 * edges in one query, all the edges their evidence in one more.
 */
@Controller
class KnowledgeController {

  /** Evidence loaded per edge; a field's {@code first} slices it. */
  private static final int MAX_EVIDENCE = 25;

  private final Knowledge knowledge;

  KnowledgeController(Knowledge knowledge, BatchLoaderRegistry registry) {
    this.knowledge = knowledge;
    registry
        .<ConceptKey, List<KnowledgeEdge>>forName("conceptEdges")
        .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> knowledge.edges(keys)));
    registry
        .<ConceptKey, List<SideEffectSignal>>forName("sideEffectSignals")
        .registerMappedBatchLoader(
            (keys, env) -> Mono.fromCallable(() -> knowledge.sideEffectSignals(keys)));
    registry
        .<ConceptKey, List<InvestigationSummary>>forName("investigationSummaries")
        .registerMappedBatchLoader(
            (keys, env) -> Mono.fromCallable(() -> knowledge.investigationsOf(keys)));
    registry
        .<EdgeKey, List<OutcomeCount>>forName("treatmentOutcomes")
        .registerMappedBatchLoader(
            (keys, env) -> Mono.fromCallable(() -> knowledge.treatmentOutcomes(keys)));
    registry
        .<EdgeKey, List<EdgeEvidence>>forName("edgeEvidence")
        .registerMappedBatchLoader(
            (keys, env) -> Mono.fromCallable(() -> knowledge.evidence(keys, MAX_EVIDENCE)));
  }

  /** The {@code ConceptRef} input. */
  record ConceptRef(ConceptKind kind, String id) {
    ConceptKey key() {
      return new ConceptKey(kind, id);
    }
  }

  /** The {@code KnowledgePath} type. */
  record PathView(List<Concept> concepts, List<KnowledgeEdge> edges) {
    public int length() {
      return edges.size();
    }
  }

  @SchemaMapping(typeName = "Concept")
  CompletableFuture<List<KnowledgeEdge>> edges(
      Concept concept,
      @Argument @Nullable Relation relation,
      @Argument int first,
      DataLoader<ConceptKey, List<KnowledgeEdge>> conceptEdges) {
    return edgesWhere(
        concept, first, conceptEdges, e -> relation == null || e.relation() == relation);
  }

  @SchemaMapping(typeName = "Diagnosis")
  CompletableFuture<List<KnowledgeEdge>> symptoms(
      Concept diagnosis,
      @Argument int first,
      DataLoader<ConceptKey, List<KnowledgeEdge>> conceptEdges) {
    return outgoing(diagnosis, Relation.PRESENTS_WITH, first, conceptEdges);
  }

  @SchemaMapping(typeName = "Diagnosis", field = "drugs")
  CompletableFuture<List<KnowledgeEdge>> drugsOfDiagnosis(
      Concept diagnosis,
      @Argument int first,
      DataLoader<ConceptKey, List<KnowledgeEdge>> conceptEdges) {
    return incoming(diagnosis, Relation.TREATS, first, conceptEdges);
  }

  @SchemaMapping(typeName = "Diagnosis")
  CompletableFuture<List<InvestigationSummary>> investigations(
      Concept diagnosis,
      @Argument int first,
      DataLoader<ConceptKey, List<InvestigationSummary>> investigationSummaries) {
    int limit = Cursors.pageSize("first", first);
    return investigationSummaries.load(key(diagnosis)).thenApply(list -> head(list, limit));
  }

  @SchemaMapping(typeName = "Symptom")
  CompletableFuture<List<KnowledgeEdge>> diagnoses(
      Concept symptom,
      @Argument int first,
      DataLoader<ConceptKey, List<KnowledgeEdge>> conceptEdges) {
    return incoming(symptom, Relation.PRESENTS_WITH, first, conceptEdges);
  }

  @SchemaMapping(typeName = "Drug")
  CompletableFuture<List<KnowledgeEdge>> treats(
      Concept drug, @Argument int first, DataLoader<ConceptKey, List<KnowledgeEdge>> conceptEdges) {
    return outgoing(drug, Relation.TREATS, first, conceptEdges);
  }

  @SchemaMapping(typeName = "Drug")
  CompletableFuture<List<SideEffectSignal>> sideEffects(
      Concept drug,
      @Argument int first,
      DataLoader<ConceptKey, List<SideEffectSignal>> sideEffectSignals) {
    int limit = Cursors.pageSize("first", first);
    return sideEffectSignals.load(key(drug)).thenApply(list -> head(list, limit));
  }

  @SchemaMapping(typeName = "SideEffect", field = "drugs")
  CompletableFuture<List<KnowledgeEdge>> drugsOfSideEffect(
      Concept sideEffect,
      @Argument int first,
      DataLoader<ConceptKey, List<KnowledgeEdge>> conceptEdges) {
    return incoming(sideEffect, Relation.CAUSES, first, conceptEdges);
  }

  @SchemaMapping(typeName = "Investigation")
  CompletableFuture<List<KnowledgeEdge>> findings(
      Concept investigation,
      @Argument int first,
      DataLoader<ConceptKey, List<KnowledgeEdge>> conceptEdges) {
    return outgoing(investigation, Relation.REVEALS, first, conceptEdges);
  }

  @SchemaMapping(typeName = "KnowledgeEdge")
  CompletableFuture<List<EdgeEvidence>> evidence(
      KnowledgeEdge edge,
      @Argument int first,
      DataLoader<EdgeKey, List<EdgeEvidence>> edgeEvidence) {
    InvalidArgumentException.requireBetween("first", first, 1, MAX_EVIDENCE);
    return edgeEvidence
        .load(new EdgeKey(edge.relation(), edge.fromKey(), edge.toKey()))
        .thenApply(list -> head(list, first));
  }

  @SchemaMapping(typeName = "KnowledgeEdge")
  CompletableFuture<List<OutcomeCount>> outcomes(
      KnowledgeEdge edge, DataLoader<EdgeKey, List<OutcomeCount>> treatmentOutcomes) {
    if (edge.relation() != Relation.TREATS) {
      return CompletableFuture.completedFuture(List.of());
    }
    return treatmentOutcomes.load(new EdgeKey(edge.relation(), edge.fromKey(), edge.toKey()));
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

  @QueryMapping
  List<PathView> paths(
      @Argument ConceptRef from,
      @Argument ConceptRef to,
      @Argument int maxLength,
      @Argument int first) {
    InvalidArgumentException.requireBetween("maxLength", maxLength, 1, 6);
    InvalidArgumentException.requireBetween("first", first, 1, 20);
    List<KnowledgePath> paths = knowledge.shortestPaths(from.key(), to.key(), maxLength, first);
    return paths.stream().map(p -> new PathView(p.concepts(), p.edges())).toList();
  }

  private static CompletableFuture<List<KnowledgeEdge>> outgoing(
      Concept concept,
      Relation relation,
      int first,
      DataLoader<ConceptKey, List<KnowledgeEdge>> loader) {
    ConceptKey self = key(concept);
    return edgesWhere(
        concept, first, loader, e -> e.relation() == relation && e.fromKey().equals(self));
  }

  private static CompletableFuture<List<KnowledgeEdge>> incoming(
      Concept concept,
      Relation relation,
      int first,
      DataLoader<ConceptKey, List<KnowledgeEdge>> loader) {
    ConceptKey self = key(concept);
    return edgesWhere(
        concept, first, loader, e -> e.relation() == relation && e.toKey().equals(self));
  }

  private static CompletableFuture<List<KnowledgeEdge>> edgesWhere(
      Concept concept,
      int first,
      DataLoader<ConceptKey, List<KnowledgeEdge>> loader,
      Predicate<KnowledgeEdge> wanted) {
    int limit = Cursors.pageSize("first", first);
    return loader
        .load(key(concept))
        .thenApply(edges -> edges.stream().filter(wanted).limit(limit).toList());
  }

  private static ConceptKey key(Concept concept) {
    return new ConceptKey(concept.kind(), concept.id());
  }

  private static <T> List<T> head(List<T> list, int limit) {
    return list.subList(0, Math.min(limit, list.size()));
  }
}
