package dev.kb.core.concept;

import java.util.List;
import java.util.Objects;

/**
 * A medical concept: a stable id, the kind, a preferred name, synonyms and standard codes written
 * as CURIEs ({@code HP:0002380}, {@code MONDO:0035586}, {@code ICD10:R25.3}, {@code MESH:D004576},
 * {@code DRUGBANK:DB00564}, {@code ATC:N03AF01}).
 *
 * @param id stable id; unique within its kind
 * @param kind what sort of concept this is
 * @param name the preferred name
 * @param synonyms other names, lay terms included
 * @param codes standard codes, the most specific first
 * @param caseCount how many stored cases mention it, affirmed or negated, as of the read that
 *     returned it; 0 for a concept that was not read from the graph (a lexicon entry)
 */
public record Concept(
    String id,
    ConceptKind kind,
    String name,
    List<String> synonyms,
    List<String> codes,
    int caseCount) {

  /** A concept as a vocabulary names it, before any case mentions it. */
  public Concept(
      String id, ConceptKind kind, String name, List<String> synonyms, List<String> codes) {
    this(id, kind, name, synonyms, codes, 0);
  }

  public Concept {
    Objects.requireNonNull(kind, "kind");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("A concept needs an id");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Concept " + id + " needs a name");
    }
    synonyms = List.copyOf(synonyms);
    codes = List.copyOf(codes);
  }

  /** The same concept seen as another kind (a symptom reported as a drug's side effect). */
  public Concept asKind(ConceptKind other) {
    return other == kind ? this : new Concept(id, other, name, synonyms, codes, caseCount);
  }
}
