package dev.kb.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.embedded.EmbeddedGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

/**
 * Asks Neo4j how it would rank signals across all drugs ({@code EXPLAIN}): from the drugs, along
 * their {@code CAUSES} edges, and never by a scan of the relationship type, which would also walk
 * the links between facts (of the same type, and far more of them).
 */
class RankedSignalsPlanTest {

  @RegisterExtension static final EmbeddedGraph graph = EmbeddedGraph.migrated();

  @Test
  void ranksFromTheDrugsInOnePassWithoutScanningEveryCausesRelationship() {
    Plan plan;
    try (Session session = graph.driver().session()) {
      plan =
          session
              .run(
                  "EXPLAIN " + SideEffectSignals.RANKED,
                  Map.of(
                      "all",
                      false,
                      "minCases",
                      3,
                      "order",
                      "PRR",
                      "sign",
                      1,
                      "offset",
                      0L,
                      "limit",
                      20))
              .consume()
              .plan();
    }
    List<String> operators = new ArrayList<>();
    walk(plan, operators);
    assertThat(operators)
        .anySatisfy(op -> assertThat(op).startsWith("NodeByLabelScan").contains("a:Drug"))
        .noneSatisfy(op -> assertThat(op).contains("RelationshipTypeScan"))
        .filteredOn(op -> op.startsWith("Expand"))
        .singleElement()
        .satisfies(op -> assertThat(op).contains("CAUSES"));
  }

  private static void walk(Plan plan, List<String> operators) {
    Object details = plan.arguments().get("Details");
    operators.add(plan.operatorType() + " " + (details == null ? "" : details.toString()));
    plan.children().forEach(child -> walk(child, operators));
  }
}
