package dev.kb.graphql.search;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKey;
import dev.kb.core.concept.ConceptKind;
import dev.kb.core.concept.Concepts;
import dev.kb.core.search.Search;
import dev.kb.graphql.error.InvalidArgumentException;
import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.Mention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Search and look-ups. A query is first read by the extractor itself, so every synonym, lay term
 * and spelling variant the lexicon knows leads to its concept; full-text search over the stored
 * names then adds near matches, spelling mistakes included.
 */
@Controller
class SearchController {

  private static final int MAX_QUERY_LENGTH = 200;

  private final Search search;
  private final Concepts concepts;
  private final Extractor extractor;

  SearchController(Search search, Concepts concepts, Extractor extractor) {
    this.search = search;
    this.concepts = concepts;
    this.extractor = extractor;
  }

  /** The {@code SearchResult} type. */
  record SearchResult(
      List<ConceptHit> concepts,
      List<CaseHit> cases,
      List<String> unknownWords,
      List<Concept> knownButAbsent) {}

  /** The {@code ConceptHit} type. */
  record ConceptHit(Concept concept, double score, MatchKind matchedBy) {}

  /** The {@code CaseHit} type. */
  record CaseHit(dev.kb.core.casereport.CaseReport kase, double score) {
    public dev.kb.core.casereport.CaseReport getCase() {
      return kase;
    }
  }

  /** The {@code MatchKind} enum. */
  enum MatchKind {
    SYNONYM,
    TEXT
  }

  @QueryMapping("search")
  SearchResult search(
      @Argument String query, @Argument @Nullable List<ConceptKind> kinds, @Argument int first) {
    InvalidArgumentException.requireBetween("first", first, 1, 50);
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new InvalidArgumentException(
          "query", "is longer than " + MAX_QUERY_LENGTH + " characters");
    }
    List<ConceptKind> wanted = kinds == null ? List.of() : conceptKinds(kinds);
    Map<ConceptKey, Concept> named = lexiconMatches(query, wanted);
    Search.Found found = search.search(query, wanted, named.keySet(), first);
    Map<ConceptKey, ConceptHit> hits = new LinkedHashMap<>();
    double best = found.concepts().stream().mapToDouble(Search.ConceptHit::score).max().orElse(1);
    for (Concept concept : found.known()) {
      hits.put(key(concept), new ConceptHit(concept, best + 1, MatchKind.SYNONYM));
    }
    for (Search.ConceptHit hit : found.concepts()) {
      hits.putIfAbsent(
          key(hit.concept()), new ConceptHit(hit.concept(), hit.score(), MatchKind.TEXT));
    }
    List<ConceptHit> concepts = new ArrayList<>(hits.values());
    List<CaseHit> cases =
        found.cases().stream().map(h -> new CaseHit(h.kase(), h.score())).toList();
    // The concepts the words name that the graph does not hold: known to kb, in no case.
    Map<ConceptKey, Concept> absent = new LinkedHashMap<>(named);
    found.known().forEach(concept -> absent.remove(key(concept)));
    return new SearchResult(
        concepts.subList(0, Math.min(first, concepts.size())),
        cases,
        extractor.unknownWords(query),
        List.copyOf(absent.values()));
  }

  @QueryMapping
  List<Concept> conceptsByCode(@Argument String code, @Argument boolean under) {
    if (under && code.isBlank()) {
      throw new InvalidArgumentException("code", "is blank");
    }
    return under ? concepts.under(code) : concepts.byCode(code);
  }

  @QueryMapping
  List<Concept> conceptsByName(@Argument String name, @Argument @Nullable ConceptKind kind) {
    return concepts.byName(name, kind);
  }

  /** The concepts the extractor recognises in the query, by key, to look up in the graph. */
  private Map<ConceptKey, Concept> lexiconMatches(String query, List<ConceptKind> kinds) {
    if (query.isBlank()) {
      return Map.of();
    }
    Map<ConceptKey, Concept> named = new LinkedHashMap<>();
    for (Mention mention : extractor.extract(query).mentions()) {
      named.putIfAbsent(key(mention.concept()), mention.concept());
    }
    named.keySet().removeIf(key -> !kinds.isEmpty() && !kinds.contains(key.kind()));
    return named;
  }

  /**
   * The kinds of concept node asked for: a side effect is a kind of fact about a symptom or a
   * diagnosis (ADR 006), so asking for side effects searches those.
   */
  private static List<ConceptKind> conceptKinds(List<ConceptKind> kinds) {
    Set<ConceptKind> nodes = new LinkedHashSet<>();
    for (ConceptKind kind : kinds) {
      if (kind == ConceptKind.SIDE_EFFECT) {
        nodes.add(ConceptKind.SYMPTOM);
        nodes.add(ConceptKind.DIAGNOSIS);
      } else {
        nodes.add(kind);
      }
    }
    return List.copyOf(nodes);
  }

  private static ConceptKey key(Concept concept) {
    return new ConceptKey(concept.kind(), concept.id());
  }
}
