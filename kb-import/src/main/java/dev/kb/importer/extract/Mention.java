package dev.kb.importer.extract;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKind;
import dev.kb.core.fact.Certainty;
import dev.kb.core.fact.Evidence;
import dev.kb.core.fact.Experiencer;
import dev.kb.core.fact.InvestigationResult;
import dev.kb.core.fact.Polarity;
import dev.kb.core.fact.Temporality;
import org.jspecify.annotations.Nullable;

/**
 * One concept found in the text, with its context and the evidence it was read from.
 *
 * @param concept the concept, as merged across cases: a symptom, investigation, diagnosis or drug
 * @param kind the kind of the fact: the concept's kind, or {@link ConceptKind#SIDE_EFFECT} for a
 *     symptom or diagnosis a drug of the case is held responsible for
 * @param result for an investigation, whether the text calls its result normal or abnormal; null
 *     when it does not say, and for other kinds
 * @param confidence how likely the mention is right, from 0 to 1
 */
public record Mention(
    Concept concept,
    ConceptKind kind,
    Evidence evidence,
    Polarity polarity,
    Certainty certainty,
    Temporality temporality,
    Experiencer experiencer,
    @Nullable InvestigationResult result,
    double confidence) {

  public Mention {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("A confidence is between 0 and 1: " + confidence);
    }
  }

  /** A mention of the concept's own kind, without an investigation result, fully confident. */
  public Mention(
      Concept concept,
      Evidence evidence,
      Polarity polarity,
      Certainty certainty,
      Temporality temporality,
      Experiencer experiencer) {
    this(
        concept,
        concept.kind(),
        evidence,
        polarity,
        certainty,
        temporality,
        experiencer,
        null,
        1.0);
  }
}
