package dev.kb.core.concept;

import dev.kb.core.graph.Reads;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds stored concepts by a code they carry or lie under, through the {@code concept_codes}
 * full-text index over each concept's {@code codes} and {@code ancestors} (schema V013, ADR 013).
 * The index keeps each code whole, so a code is one term: {@code ICD10:C34} finds the concepts
 * coded {@code ICD10:C34} and those whose ancestors hold it ({@code ICD10:C34.90}); a code without
 * its system ({@code C34}) is looked up in every system.
 */
public final class ConceptCodes {

  /**
   * The most concepts one code may stand for in a case filter: more than any store holds under one
   * code, so none is left out, while a request stays bounded.
   */
  static final int MAX_CONCEPTS = 100_000;

  private ConceptCodes() {}

  /**
   * The keys ({@code kind/id}, as facts' {@code concept} property holds them) of the stored
   * concepts that carry each code or lie under it, one query per code.
   */
  public static Function<String, List<String>> keysUnder(Reads reads) {
    return code ->
        reads.list(
            """
            CALL db.index.fulltext.queryNodes('concept_codes', $query, {limit: $max})
              YIELD node
            RETURN node.kind + '/' + node.id AS key
            """,
            Map.of("query", lucene(code), "max", MAX_CONCEPTS),
            r -> r.get("key").asString());
  }

  /**
   * The Lucene query for a code in the keyword index: the code as given and in upper case (codes
   * are written in upper case), every character but letters and digits escaped, so no input changes
   * the query's syntax; without a system, any system.
   *
   * @throws IllegalArgumentException when the code is blank
   */
  static String lucene(String code) {
    String given = code.strip();
    if (given.isEmpty()) {
      throw new IllegalArgumentException("A code must not be blank");
    }
    Set<String> spellings = new LinkedHashSet<>();
    spellings.add(given.toUpperCase(Locale.ROOT));
    spellings.add(given);
    List<String> terms =
        spellings.stream().map(s -> s.contains(":") ? escape(s) : "*\\:" + escape(s)).toList();
    return String.join(" OR ", terms);
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 4);
    text.codePoints()
        .forEach(
            c -> {
              if (!Character.isLetterOrDigit(c)) {
                escaped.append('\\');
              }
              escaped.appendCodePoint(c);
            });
    return escaped.toString();
  }
}
