package dev.kb.graphql.playground;

/**
 * A curated example query of the playground, read from {@code lessons/NN-name.graphql} on the
 * classpath.
 *
 * @param name the file name without its extension, e.g. {@code 01-list-the-cases}; lessons are
 *     ordered by it
 * @param title the text of the file's first {@code # } comment line
 * @param description the comment lines after the title, joined by spaces
 * @param query the whole file, comments included
 * @param variables the JSON of {@code NN-name.variables.json}, or an empty string
 */
public record Lesson(
    String name, String title, String description, String query, String variables) {}
