package dev.kb.core.casereport;

/**
 * How to order a list of cases; ties are broken by id in the same direction, so pages are stable.
 *
 * @param field what to order by
 * @param descending largest (or latest) first
 */
public record CaseSort(Field field, boolean descending) {

  /** The newest imports first. */
  public static final CaseSort NEWEST_FIRST = new CaseSort(Field.IMPORTED_AT, true);

  /** What cases can be ordered by. */
  public enum Field {
    IMPORTED_AT("c.importedAt"),
    TITLE("toLower(c.title)"),
    PATIENT_AGE("c.patientAge");

    private final String expression;

    Field(String expression) {
      this.expression = expression;
    }
  }

  String orderBy() {
    return field.expression + direction() + ", c.id" + direction();
  }

  /** {@code " DESC"} or {@code " ASC"}. */
  String direction() {
    return descending ? " DESC" : " ASC";
  }
}
