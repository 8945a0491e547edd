package dev.kb.importer.extract;

/**
 * A relation between two mentions of one extraction, by their index in {@link
 * Extraction#mentions()}.
 */
public record Relation(RelationType type, int from, int to) {}
