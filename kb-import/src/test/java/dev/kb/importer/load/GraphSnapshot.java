package dev.kb.importer.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * The whole graph as sorted lines of text, to compare two graphs: cases, facts, the relations
 * between facts, concepts with their case counts, and knowledge edges with every count. Import
 * times are left out, as two imports of the same texts differ only by them. Public for the tests of
 * other packages (the command line's fault tests).
 */
public final class GraphSnapshot {

  private GraphSnapshot() {}

  public static List<String> of(Driver driver) {
    List<String> lines = new ArrayList<>();
    lines.addAll(
        lines(
            driver,
            """
            MATCH (c:Case)
            RETURN 'case ' + c.id AS head, properties(c) AS props
            """));
    lines.addAll(
        lines(
            driver,
            """
            MATCH (c:Case)-[:HAS_FACT]->(f:Fact)-[:ABOUT]->(k:Concept)
            RETURN 'fact ' + f.id + ' of ' + c.id + ' about ' + k.kind + '/' + k.id AS head,
                   properties(f) AS props
            """));
    lines.addAll(
        lines(
            driver,
            """
            MATCH (a:Fact)-[r:TREATS|CAUSES|REVEALS]->(b:Fact)
            RETURN 'relation ' + a.id + ' ' + type(r) + ' ' + b.id AS head, properties(r) AS props
            """));
    lines.addAll(
        lines(
            driver,
            """
            MATCH (k:Concept)
            RETURN 'concept ' + k.kind + '/' + k.id + ' ' + reduce(s = '', l IN labels(k) | s + ':' + l)
                   AS head, properties(k) AS props
            """));
    lines.addAll(
        lines(
            driver,
            """
            MATCH (a:Concept)-[r:TREATS|CAUSES|REVEALS|PRESENTS_WITH]->(b:Concept)
            RETURN 'edge ' + a.kind + '/' + a.id + ' ' + type(r) + ' ' + b.kind + '/' + b.id AS head,
                   properties(r) AS props
            """));
    lines.sort(null);
    return lines;
  }

  private static List<String> lines(Driver driver, String cypher) {
    return driver.executableQuery(cypher).execute().records().stream()
        .map(r -> r.get("head").asString() + " " + props(r.get("props")))
        .toList();
  }

  private static String props(Value value) {
    Map<String, Object> sorted = new TreeMap<>(value.asMap());
    sorted.remove("importedAt");
    sorted.remove("caseImportedAt");
    return sorted.toString();
  }
}
