package dev.kb.core.casereport;

import dev.kb.core.concept.ConceptKey;
import dev.kb.core.fact.Certainty;
import dev.kb.core.fact.Polarity;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which cases to list: every condition given must hold; {@code and}, {@code or} and {@code not}
 * combine filters.
 *
 * @param and all of these hold
 * @param or at least one of these holds
 * @param not this does not hold
 * @param fact the case has a fact like this
 * @param patientAge the patient's age lies in this range
 * @param patientSex the patient's sex, {@code male} or {@code female}
 * @param text the case's title or text contains these words
 */
public record CaseFilter(
    @Nullable List<CaseFilter> and,
    @Nullable List<CaseFilter> or,
    @Nullable CaseFilter not,
    @Nullable FactFilter fact,
    @Nullable IntRange patientAge,
    @Nullable String patientSex,
    @Nullable String text) {

  /**
   * A fact a case must have. Polarity defaults to affirmed: ask for {@code NEGATED} (or both) to
   * find what cases rule out.
   *
   * @param concept the fact is about this concept
   * @param code the fact's concept carries this code: with its system ({@code ICD10:R25.2}) or
   *     without, in any system ({@code R25.2})
   * @param name the fact's concept has this name or synonym, ignoring case
   * @param kind the fact is of this kind
   * @param polarity the fact has one of these polarities; affirmed when null
   * @param certainty the fact has one of these certainties; any when null
   * @param revealedBy the fact was revealed by this investigation ("EMG showed fasciculations")
   * @param codeUnder the fact's concept carries this code or lies below it in its terminology: an
   *     ICD-10 category ({@code C34}, {@code ICD10:C34}), a MeSH descriptor or tree number ({@code
   *     MESHTREE:C04}), a Disease Ontology or HPO term (ADR 013); with or without the system
   */
  public record FactFilter(
      @Nullable ConceptKey concept,
      @Nullable String code,
      @Nullable String name,
      dev.kb.core.concept.@Nullable ConceptKind kind,
      @Nullable List<Polarity> polarity,
      @Nullable List<Certainty> certainty,
      @Nullable ConceptKey revealedBy,
      @Nullable String codeUnder) {}

  /** An inclusive range; an open end when null. */
  public record IntRange(@Nullable Integer min, @Nullable Integer max) {}
}
