package dev.kb.importer.extract;

/** A sentence of the text: its index and character offsets (end exclusive). */
public record Sentence(int index, int start, int end) {}
