package dev.kb.importer.lexicon;

import dev.kb.core.concept.Concept;

/**
 * A concept name found in a list of tokens.
 *
 * @param concept the concept named
 * @param firstToken index of the first token, inclusive
 * @param endToken index after the last token
 */
public record LexiconMatch(Concept concept, int firstToken, int endToken) {}
