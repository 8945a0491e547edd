package dev.kb.core.casereport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.embedded.EmbeddedGraph;
import dev.kb.core.graph.Reads;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

/**
 * Asks Neo4j how it would run each shape of case list ({@code EXPLAIN}, nothing read): every shape
 * must be valid Cypher for the server, and a list reached from a concept (in import order) or from
 * the concepts under a code must walk the facts' {@code fact_concept_case} index rather than scan
 * facts or cases.
 */
class CasePageQueryPlanTest {

  @RegisterExtension static final EmbeddedGraph graph = EmbeddedGraph.migrated();

  static List<Arguments> shapes() {
    return CasePageQueryTest.shapes().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void everyShapeIsPlannedAndAConceptIsReachedThroughItsIndex(
      String shape, @Nullable CaseFilter filter, CaseSort sort) {
    Statement statement =
        CasePageQuery.page(filter, sort, 40, 20, words -> List.of("case-1"), c -> List.of());
    Plan plan;
    try (Session session = graph.driver().session()) {
      plan =
          session
              .run("EXPLAIN " + Reads.cypher(statement), statement.getCatalog().getParameters())
              .consume()
              .plan();
    }
    List<String> operators = new ArrayList<>();
    walk(plan, operators);
    CaseConditions conditions = new CaseConditions(filter, w -> List.of(), c -> List.of());
    boolean anchoredInImportOrder =
        conditions.anchoredByConcept() && sort.field() == CaseSort.Field.IMPORTED_AT;
    // Cases under a code are reached from their concepts' facts by the same index, in any order.
    boolean anchoredUnderCode = conditions.anchor() != null && !conditions.anchoredByConcept();
    if (anchoredInImportOrder || anchoredUnderCode) {
      assertThat(operators)
          .anySatisfy(
              op ->
                  assertThat(op)
                      .startsWith("NodeIndexSeek")
                      .contains("af:Fact(concept, caseImportedAt, caseId)"));
    }
  }

  private static void walk(Plan plan, List<String> operators) {
    Object details = plan.arguments().get("Details");
    operators.add(plan.operatorType() + " " + (details == null ? "" : details.toString()));
    plan.children().forEach(child -> walk(child, operators));
  }
}
