package dev.kb.importer.lexicon;

import dev.kb.core.concept.ConceptKind;

/**
 * The content of one lexicon file.
 *
 * @param kind the kind of every concept in the file
 * @param name the file name, for error messages
 * @param content the TSV text
 */
public record LexiconFile(ConceptKind kind, String name, String content) {}
