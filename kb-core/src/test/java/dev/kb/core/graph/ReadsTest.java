package dev.kb.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kb.core.embedded.EmbeddedGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.SessionConfig;
import org.springframework.dao.DataAccessException;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;

class ReadsTest {

  @RegisterExtension static final EmbeddedGraph graph = EmbeddedGraph.empty();

  @Test
  void readsAreSentAsReadsSoTheServerRefusesAWriteAmongThem() {
    Reads reads = Reads.over(graph.driver());
    assertThat(reads.list("RETURN 1 AS one", Map.of(), r -> r.get("one").asInt()))
        .containsExactly(1);
    assertThatThrownBy(() -> reads.list("CREATE (n:Probe) RETURN n", Map.of(), r -> r))
        .isInstanceOf(DataAccessException.class);
    assertThat(
            graph
                .driver()
                .executableQuery("MATCH (n:Probe) RETURN count(n) AS n")
                .execute()
                .records())
        .first()
        .satisfies(r -> assertThat(r.get("n").asLong()).isZero());
  }

  @Test
  void aReadReportsTheGraphStateItSawAndSeesWhatWasCommittedBefore() {
    Neo4jBookmarkManager bookmarks = Neo4jBookmarkManager.create();
    Reads reads = Reads.over(graph.driver(), bookmarks);
    reads.list("RETURN 1", Map.of(), r -> r);
    var before = reads.graphState();
    assertThat(before).isNotEmpty();
    graph.driver().executableQuery("CREATE (:Written {at: 1})").execute();
    List<Long> seen =
        reads.list("MATCH (w:Written) RETURN count(w) AS n", Map.of(), r -> r.get("n").asLong());
    assertThat(seen).containsExactly(1L);
    assertThat(reads.graphState()).isNotEqualTo(before);
  }

  @Test
  void theReadViewKeepsEverySessionSettingButTheMode() {
    Bookmark bookmark = Bookmark.from("kb:1");
    SessionConfig write =
        SessionConfig.builder()
            .withDefaultAccessMode(AccessMode.WRITE)
            .withDatabase("neo4j")
            .withBookmarks(List.of(bookmark))
            .withFetchSize(50)
            .build();
    SessionConfig read = ReadSessions.asRead(write);
    assertThat(read.defaultAccessMode()).isEqualTo(AccessMode.READ);
    assertThat(read.database()).contains("neo4j");
    assertThat(read.bookmarks()).containsExactly(bookmark);
    assertThat(read.fetchSize()).contains(50L);
  }
}
