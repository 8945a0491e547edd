package dev.kb.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.schema.SchemaMigrations;
import dev.kb.importer.extract.Extraction;
import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.LexiconExtractor;
import dev.kb.importer.load.CaseLoader;
import dev.kb.importer.load.Documents;
import dev.kb.importer.load.GraphWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code kb.reextract-on-start}, the cases an older extractor read are read again in the
 * background once kb is up, to what the current extractor makes of them.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "kb.reextract-on-start=true")
@DirtiesContext
class ReextractOnStartTest {

  private static final List<String> TEXTS =
      List.of(
          "Case one\n\nShe developed a rash after amoxicillin and had a fever.",
          "Case two\n\nA man with gout had joint pain; he was given colchicine.");

  private static Neo4j server;

  @DynamicPropertySource
  static void storeReadByAnOlderExtractor(DynamicPropertyRegistry registry) {
    server = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
    try (Driver driver = GraphDatabase.driver(server.boltURI(), AuthTokens.none())) {
      new SchemaMigrations(driver).migrate();
      CaseLoader old =
          new CaseLoader(GraphWriter.over(driver), new Older(LexiconExtractor.withBundledData()));
      TEXTS.forEach(text -> old.load(new Documents().fromString(text, null, null)));
    }
    registry.add("spring.neo4j.uri", () -> server.boltURI().toString());
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Autowired Driver driver;
  @Autowired Extractor extractor;

  @Test
  void shouldReadTheCasesOfAnOlderExtractorAgainInTheBackground() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (versions().contains("older") && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }

    assertThat(versions()).containsExactly(extractor.version());
    Map<String, Object> graph =
        driver
            .executableQuery(
                """
                MATCH (c:Case)
                OPTIONAL MATCH (c)-[:HAS_FACT]->(f:Fact)
                RETURN count(DISTINCT c) AS cases, count(f) AS facts,
                       count(CASE WHEN c.reextracting IS NOT NULL THEN c END) AS locked
                """)
            .execute()
            .records()
            .getFirst()
            .asMap();
    assertThat(graph).containsEntry("cases", 2L).containsEntry("locked", 0L);
    assertThat((Long) graph.get("facts")).as("the older reader kept no facts").isPositive();
  }

  private List<String> versions() {
    return driver
        .executableQuery("MATCH (c:Case) RETURN DISTINCT c.extractorVersion AS v")
        .execute()
        .records()
        .stream()
        .map(r -> r.get("v").asString())
        .toList();
  }

  /** An older extractor: it read nothing in the texts. */
  private record Older(Extractor current) implements Extractor {
    @Override
    public Extraction extract(String text) {
      Extraction read = current.extract(text);
      return new Extraction(
          read.title(), read.text(), read.sentences(), List.of(), List.of(), null, null, version());
    }

    @Override
    public String version() {
      return "older";
    }
  }
}
