package dev.kb.core.concept;

/**
 * How to order a list of concepts; ties are broken by name, kind and id, so pages are stable.
 *
 * @param field what to order by
 * @param descending largest (or last in the alphabet) first
 */
public record ConceptSort(Field field, boolean descending) {

  /** By name, A to Z. */
  public static final ConceptSort BY_NAME = new ConceptSort(Field.NAME, false);

  /** What concepts can be ordered by. */
  public enum Field {
    /** The preferred name, ignoring case. */
    NAME("toLower(k.name)"),
    /** How many cases mention the concept. */
    CASES("k.cases"),
    /** How many cases affirm it (not negated, not only ruled out). */
    AFFIRMED_CASES("k.affirmedCases");

    private final String expression;

    Field(String expression) {
      this.expression = expression;
    }
  }

  String orderBy() {
    return field.expression + (descending ? " DESC" : " ASC") + ", toLower(k.name), k.kind, k.id";
  }
}
