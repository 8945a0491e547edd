package dev.kb.core.casereport;

import java.util.List;
import java.util.function.Function;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SortItem;

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
    IMPORTED_AT(c -> c.property("importedAt")),
    TITLE(c -> Cypher.toLower(c.property("title"))),
    PATIENT_AGE(c -> c.property("patientAge"));

    private final Function<Node, Expression> expression;

    Field(Function<Node, Expression> expression) {
      this.expression = expression;
    }
  }

  /** The order of the cases {@code c}: the field, then the id. */
  List<SortItem> orderBy(Node c) {
    return List.of(sorted(field.expression.apply(c)), sorted(c.property("id")));
  }

  private SortItem sorted(Expression expression) {
    return descending ? Cypher.sort(expression).descending() : Cypher.sort(expression).ascending();
  }
}
