package dev.kb.core.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.cypherdsl.core.Statement;

/**
 * Pins the Cypher a query built with Cypher-DSL renders, as neo4j/graphql pins its generated
 * Cypher: a change to how a query is built shows up as a readable diff of the query, before any
 * database runs it. The expected queries are in {@code kb/cypher/*.cypher} (test resources), one
 * clause per line; after an intended change, run the tests with {@code -Dkb.cypher.update=true} and
 * review the files' diff.
 */
public final class CypherSnapshots {

  private CypherSnapshots() {}

  /** Asserts the statement renders as the snapshot {@code name} says. */
  public static void assertRendersAsPinned(String name, Statement statement) {
    String actual = pretty(Reads.cypher(statement));
    assertThat(actual).isEqualTo(expected(name, actual));
  }

  /** One clause per line, so a snapshot's diff reads like a query's. */
  static String pretty(String cypher) {
    return cypher
            .replaceAll(
                " (?=(MATCH|WITH|WHERE|ORDER BY|SKIP|LIMIT|RETURN|UNWIND|CALL|USING|UNION) )", "\n")
            .replace("} ", "}\n")
            .replace("OPTIONAL\nMATCH", "OPTIONAL MATCH")
        + "\n";
  }

  private static String expected(String name, String actual) {
    String resource = "kb/cypher/" + name + ".cypher";
    try {
      if (Boolean.getBoolean("kb.cypher.update")) {
        Files.writeString(Path.of("src/test/resources", resource), actual, StandardCharsets.UTF_8);
        return actual;
      }
      try (InputStream in = CypherSnapshots.class.getClassLoader().getResourceAsStream(resource)) {
        assertThat(in)
            .as("snapshot %s (run with -Dkb.cypher.update=true to write it)", resource)
            .isNotNull();
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
