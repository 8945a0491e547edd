package dev.kb.core.knowledge;

import dev.kb.core.fact.TreatmentOutcome;

/** How many cases report one outcome of a treatment. */
public record OutcomeCount(TreatmentOutcome outcome, int cases) {}
