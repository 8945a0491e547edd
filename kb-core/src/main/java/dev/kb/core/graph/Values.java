package dev.kb.core.graph;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKind;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** Conversions from driver values to kb's read models, shared by the repositories. */
public final class Values {

  private Values() {}

  /** A concept from a map projection with {@code id, kind, name, synonyms, codes}. */
  public static Concept concept(Value value) {
    return new Concept(
        value.get("id").asString(),
        ConceptKind.parse(value.get("kind").asString()),
        value.get("name").asString(),
        strings(value.get("synonyms")),
        strings(value.get("codes")));
  }

  /** A list of strings, empty for null. */
  public static List<String> strings(Value value) {
    return value.isNull() ? List.of() : value.asList(Value::asString);
  }

  /** A string or null. */
  public static @Nullable String nullableString(Value value) {
    return value.isNull() ? null : value.asString();
  }

  /** An integer or null. */
  public static @Nullable Integer nullableInt(Value value) {
    return value.isNull() ? null : value.asInt();
  }
}
