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
 * Asks Neo4j how it would count the cases of each shape of filter ({@code EXPLAIN}, nothing read):
 * every count must be valid Cypher, and a filter that requires a fact about a concept must start
 * from that concept's key instead of reading every case, as the case list does.
 */
class CaseCountsPlanTest {

  @RegisterExtension static final EmbeddedGraph graph = EmbeddedGraph.migrated();

  static List<Arguments> shapes() {
    return CasePageQueryTest.shapes().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void everyCountIsPlannedAndAConceptIsReachedByItsKey(
      String shape, @Nullable CaseFilter filter, CaseSort ignored) {
    CaseConditions shapeOf = new CaseConditions(filter, w -> List.of(), c -> List.of());
    boolean anchored = shapeOf.anchoredByConcept();
    // Under a code: from the facts of the concepts under it, by the facts' index.
    boolean underCode = shapeOf.anchor() != null && !anchored;
    for (boolean facts : List.of(false, true)) {
      CaseConditions conditions =
          new CaseConditions(filter, words -> List.of("case-1"), c -> List.of("Diagnosis/x"));
      Statement statement =
          facts
              ? CaseCounts.factCount(conditions, filter)
              : CaseCounts.bySexAndAge(conditions, filter);
      List<String> operators = explain(statement, conditions);
      if (anchored) {
        assertThat(operators)
            .as("%s: %s", shape, operators)
            .anySatisfy(
                op -> assertThat(op).startsWith("NodeUniqueIndexSeek").contains("ak:Concept"))
            .noneSatisfy(op -> assertThat(op).contains("NodeByLabelScan").contains("c:Case"));
      } else if (underCode) {
        assertThat(operators)
            .as("%s: %s", shape, operators)
            .anySatisfy(
                op ->
                    assertThat(op)
                        .startsWith("NodeIndexSeek")
                        .contains("af:Fact(concept, caseImportedAt, caseId)"));
      } else {
        assertThat(operators).isNotEmpty();
      }
    }
  }

  private static List<String> explain(Statement statement, CaseConditions conditions) {
    Plan plan;
    try (Session session = graph.driver().session()) {
      plan =
          session.run("EXPLAIN " + Reads.cypher(statement), conditions.values()).consume().plan();
    }
    List<String> operators = new ArrayList<>();
    walk(plan, operators);
    return operators;
  }

  private static void walk(Plan plan, List<String> operators) {
    Object details = plan.arguments().get("Details");
    operators.add(plan.operatorType() + " " + (details == null ? "" : details.toString()));
    plan.children().forEach(child -> walk(child, operators));
  }
}
