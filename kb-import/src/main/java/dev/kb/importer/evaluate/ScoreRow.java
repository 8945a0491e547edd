package dev.kb.importer.evaluate;

/**
 * One line of an evaluation table.
 *
 * @param type what is scored (symptom, chemical, drug → effect pairs, negation)
 * @param matching how predictions match gold (strict, overlap)
 * @param score the counts
 */
public record ScoreRow(String type, String matching, Score score) {}
