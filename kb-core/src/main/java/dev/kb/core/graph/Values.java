package dev.kb.core.graph;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** Conversions from driver values, shared by the repositories. */
public final class Values {

  private Values() {}

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
