package dev.kb.importer.context;

/**
 * One trigger phrase of the rules file.
 *
 * @param phrase the trigger as written in the file
 * @param category what it marks
 * @param direction which side it reaches
 * @param window how many tokens it reaches
 */
record ContextRule(String phrase, Category category, Direction direction, int window) {}
