package dev.kb.core.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

class EmbeddedNeo4jTest {

  @TempDir Path dataDir;

  @Test
  void shouldServeBoltOnLoopbackAndKeepDataAcrossRestart() {
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dataDir, 0)) {
      assertThat(neo4j.boltUri().getHost()).isEqualTo("127.0.0.1");
      assertThat(neo4j.boltUri().getPort()).isPositive();
      try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
        driver
            .executableQuery("CREATE (:Probe {name: $name})")
            .withParameters(Map.of("name", "kept"))
            .execute();
      }
    }

    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dataDir, 0);
        Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
      var records = driver.executableQuery("MATCH (p:Probe) RETURN p.name AS name").execute();
      assertThat(records.records())
          .extracting(r -> r.get("name").asString())
          .containsExactly("kept");
    }
  }

  @Test
  void shouldStopQuickly() {
    EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dataDir, 0);
    long started = System.nanoTime();
    neo4j.close();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void shouldRejectAnImpossiblePort() {
    assertThatThrownBy(() -> EmbeddedNeo4j.start(dataDir, 70_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("65535");
  }
}
