package dev.kb.core.knowledge;

import dev.kb.core.casereport.CaseFact;

/**
 * One case's support for a knowledge edge: the fact about the edge's first concept and the fact
 * about its second, with their sentences.
 */
public record EdgeEvidence(CaseFact from, CaseFact to) {}
