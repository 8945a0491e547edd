package dev.kb.core.concept;

/** Identifies a concept across kinds: ids are unique only within a kind. */
public record ConceptKey(ConceptKind kind, String id) {}
