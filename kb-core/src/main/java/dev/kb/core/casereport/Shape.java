package dev.kb.core.casereport;

import dev.kb.core.casereport.CaseFilter.FactFilter;
import dev.kb.core.casereport.CaseFilter.IntRange;
import dev.kb.core.concept.ConceptKey;
import dev.kb.core.concept.ConceptKind;
import dev.kb.core.fact.Polarity;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a case list's Cypher depends on: the filter with every value replaced by a placeholder, and
 * the order. Two requests of one shape send the same text with different parameters. The filter
 * keeps which conditions are given and how they nest, and one value: whether a fact's polarity is
 * exactly "affirmed", which lets a count come from the concept's counter (see {@link
 * CasePageQuery}).
 */
record Shape(@Nullable CaseFilter filter, CaseSort sort) {

  private static final ConceptKey ANY_CONCEPT = new ConceptKey(ConceptKind.DIAGNOSIS, "?");

  /** The filter's skeleton: its structure, no value. */
  static @Nullable CaseFilter of(@Nullable CaseFilter filter) {
    if (filter == null) {
      return null;
    }
    return new CaseFilter(
        filter.and() == null ? null : filter.and().stream().map(Shape::of).toList(),
        filter.or() == null ? null : filter.or().stream().map(Shape::of).toList(),
        of(filter.not()),
        filter.fact() == null ? null : of(filter.fact()),
        filter.patientAge() == null ? null : of(filter.patientAge()),
        filter.patientSex() == null ? null : "",
        filter.text() == null ? null : "");
  }

  private static FactFilter of(FactFilter fact) {
    return new FactFilter(
        fact.concept() == null ? null : ANY_CONCEPT,
        fact.code() == null ? null : "",
        fact.name() == null ? null : "",
        fact.kind() == null ? null : ConceptKind.DIAGNOSIS,
        fact.polarity() == null
            ? null
            : fact.polarity().equals(List.of(Polarity.AFFIRMED))
                ? List.of(Polarity.AFFIRMED)
                : List.of(),
        fact.certainty() == null ? null : List.of(),
        fact.revealedBy() == null ? null : ANY_CONCEPT,
        fact.codeUnder() == null ? null : "");
  }

  private static IntRange of(IntRange range) {
    return new IntRange(range.min() == null ? null : 0, range.max() == null ? null : 0);
  }
}
