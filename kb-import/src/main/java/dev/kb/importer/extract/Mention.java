package dev.kb.importer.extract;

import dev.kb.core.concept.Concept;
import dev.kb.core.fact.Certainty;
import dev.kb.core.fact.Evidence;
import dev.kb.core.fact.Experiencer;
import dev.kb.core.fact.InvestigationResult;
import dev.kb.core.fact.Polarity;
import dev.kb.core.fact.Temporality;
import org.jspecify.annotations.Nullable;

/**
 * One concept found in the text, with its context and the evidence it was read from. The kind of
 * the fact is the concept's kind (a symptom attributed to a drug becomes a side effect).
 *
 * @param result for an investigation, whether the text calls its result normal or abnormal; null
 *     when it does not say, and for other kinds
 */
public record Mention(
    Concept concept,
    Evidence evidence,
    Polarity polarity,
    Certainty certainty,
    Temporality temporality,
    Experiencer experiencer,
    @Nullable InvestigationResult result) {

  /** A mention without an investigation result. */
  public Mention(
      Concept concept,
      Evidence evidence,
      Polarity polarity,
      Certainty certainty,
      Temporality temporality,
      Experiencer experiencer) {
    this(concept, evidence, polarity, certainty, temporality, experiencer, null);
  }
}
