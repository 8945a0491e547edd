package dev.kb.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.embedded.EmbeddedNeo4j;
import dev.kb.importer.load.CaseLoader;
import dev.kb.importer.load.Documents;
import dev.kb.importer.load.ImportOutcome;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.Transaction;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * kb against a Neo4j it did not start: with {@code spring.neo4j.uri} set nothing is embedded, and
 * the same code migrates, writes and reads over Bolt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ExternalNeo4jTest {

  private static Neo4j server;

  @DynamicPropertySource
  static void neo4jServer(DynamicPropertyRegistry registry) {
    server = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
    registry.add("spring.neo4j.uri", () -> server.boltURI().toString());
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Autowired ApplicationContext context;
  @Autowired CaseLoader loader;
  @LocalServerPort int port;

  @Test
  void shouldUseTheGivenServerAndEmbedNothing() {
    assertThat(context.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
    try (Transaction tx = server.defaultDatabaseService().beginTx()) {
      long migrations =
          (long) tx.execute("MATCH (m:__Neo4jMigration) RETURN count(m) AS n").next().get("n");
      long samples =
          (long)
              tx.execute("MATCH (m:KbMeta {key: 'samples-imported'}) RETURN count(m) AS n")
                  .next()
                  .get("n");
      assertThat(migrations).as("schema migrated on the server").isPositive();
      assertThat(samples).as("no samples pushed into a server").isZero();
    }
  }

  @Test
  void shouldWriteToTheServerAndServeWhatItHolds() {
    String text =
        "Severe headache in a 30-year-old woman\n\nShe reported a severe headache."
            + " A CT scan of the head was normal. She was treated with ibuprofen.";
    ImportOutcome outcome =
        loader.load(
            new Documents().fromBytes(text.getBytes(StandardCharsets.UTF_8), "headache.txt", null));
    assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.IMPORTED);

    try (Transaction tx = server.defaultDatabaseService().beginTx()) {
      var row =
          tx.execute(
                  "MATCH (c:Case {id: $id}) RETURN c.source AS source",
                  java.util.Map.of("id", outcome.caseId()))
              .next();
      assertThat(row.get("source")).isEqualTo("headache.txt");
    }
    TestClients.graphQl(port)
        .document("query($id: ID!) { case(id: $id) { source facts { kind } } }")
        .variable("id", outcome.caseId())
        .execute()
        .path("case.source")
        .entity(String.class)
        .isEqualTo("headache.txt");
  }
}
