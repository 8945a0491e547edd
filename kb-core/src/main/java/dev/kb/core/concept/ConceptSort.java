package dev.kb.core.concept;

import java.util.List;
import java.util.function.Function;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SortItem;

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
    NAME(k -> Cypher.toLower(k.property("name"))),
    /** How many cases mention the concept. */
    CASES(k -> k.property("cases")),
    /** How many cases affirm it (not negated, not only ruled out). */
    AFFIRMED_CASES(k -> k.property("affirmedCases"));

    private final Function<Node, Expression> expression;

    Field(Function<Node, Expression> expression) {
      this.expression = expression;
    }
  }

  /** The order of the concepts {@code k}: the field, then name, kind and id, ascending. */
  List<SortItem> orderBy(Node k) {
    Expression first = field.expression.apply(k);
    return List.of(
        descending ? first.descending() : first.ascending(),
        Cypher.toLower(k.property("name")).ascending(),
        k.property("kind").ascending(),
        k.property("id").ascending());
  }
}
