package dev.kb.core.casereport;

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
 * A fact of one case: a concept mentioned in its text, in context, with the evidence.
 *
 * @param id stable id of the fact
 * @param caseId the case it belongs to
 * @param kind the kind of fact: its concept's, or {@link ConceptKind#SIDE_EFFECT} for a finding a
 *     drug of the case is held responsible for
 * @param concept the concept it is about: a side effect's is the symptom or diagnosis it is
 * @param polarity affirmed or negated
 * @param certainty certain or possible
 * @param temporality current, historical or hypothetical
 * @param experiencer the patient or someone else
 * @param evidence where in the text it was read
 * @param sentence the whole sentence the evidence lies in
 * @param result for an investigation, whether the text calls its result normal or abnormal; null
 *     when it does not say
 * @param confidence how likely the extractor thinks the fact is right, 0 to 1
 */
public record CaseFact(
    String id,
    String caseId,
    ConceptKind kind,
    Concept concept,
    Polarity polarity,
    Certainty certainty,
    Temporality temporality,
    Experiencer experiencer,
    Evidence evidence,
    String sentence,
    @Nullable InvestigationResult result,
    double confidence) {}
