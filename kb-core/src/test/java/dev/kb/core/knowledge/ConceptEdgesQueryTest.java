package dev.kb.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.embedded.EmbeddedGraph;
import dev.kb.core.graph.CypherSnapshots;
import dev.kb.core.graph.Reads;
import dev.kb.core.knowledge.EdgeSelection.Direction;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.cypherdsl.core.Statement;

/**
 * Pins the Cypher of each shape of a concept's edge list (relation, direction, links) and has Neo4j
 * plan each one ({@code EXPLAIN}), so a shape that renders but does not parse fails here.
 */
class ConceptEdgesQueryTest {

  @RegisterExtension static final EmbeddedGraph graph = EmbeddedGraph.migrated();

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of("all-both-confident", null, Direction.BOTH, LinkFilter.CONFIDENT),
        Arguments.of("causes-out-all", Relation.CAUSES, Direction.OUT, LinkFilter.ALL),
        Arguments.of(
            "presents-with-in-confident",
            Relation.PRESENTS_WITH,
            Direction.IN,
            LinkFilter.CONFIDENT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void rendersThePinnedCypherAndNeo4jPlansIt(
      String shape, @Nullable Relation relation, Direction direction, LinkFilter links) {
    Statement statement =
        ConceptEdges.query(
            new EdgeSelection(relation, direction, links),
            List.of(Map.of("kind", "Drug", "id", "DB00945")),
            3);
    CypherSnapshots.assertRendersAsPinned("concept-edges-" + shape, statement);
    var plan =
        graph
            .driver()
            .executableQuery("EXPLAIN " + Reads.cypher(statement))
            .withParameters(statement.getCatalog().getParameters())
            .execute()
            .summary()
            .plan();
    assertThat(plan.operatorType()).startsWith("ProduceResults");
  }
}
