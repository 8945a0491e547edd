package dev.kb.bench;

import dev.kb.core.graph.DriverSettings;
import dev.kb.core.graph.LuceneQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times researcher questions against a running kb: each through GraphQL over HTTP, and the same
 * question by hand-written Cypher through the driver against kb's Neo4j. Prints p50 and p99
 * latency, throughput and the GraphQL/Cypher latency ratio, after a first row with the floor of
 * each way: an empty GraphQL query ({@code { __typename }}) and {@code RETURN 1}.
 *
 * <p>Both ways are sent as lean as their clients allow, so the figures are the server's: GraphQL by
 * a blocking HTTP/1.1 connection kept alive ({@code java.net.http.HttpClient} adds about 0.4 ms at
 * p50 and several at p99 in thread hand-offs), Cypher as auto-commit reads, as kb sends its own (a
 * transaction function would add a COMMIT round trip).
 *
 * <pre>
 * java -jar kb-bench/target/kb-bench.jar query \
 *   http://localhost:8080/graphql bolt://127.0.0.1:7687 [seconds per question, default 10]
 * </pre>
 */
public final class QueryBench {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final URL graphQl;
  private final Driver driver;

  private QueryBench(URL graphQl, Driver driver) {
    this.graphQl = graphQl;
    this.driver = driver;
  }

  /** Asks every question for {@code seconds} each way against the kb at these addresses. */
  static void run(URI graphQl, String boltUri, int seconds) throws Exception {
    try (Driver driver =
        GraphDatabase.driver(boltUri, AuthTokens.none(), DriverSettings.config())) {
      new QueryBench(graphQl.toURL(), driver).run(seconds);
    }
  }

  /** One question, asked both ways, with the i-th set of arguments. */
  private record Question(
      String name, IntFunction<Map<String, Object>> graphQl, IntFunction<Runnable> cypher) {}

  private void run(int seconds) throws Exception {
    List<String> caseIds = strings("MATCH (c:Case) RETURN c.id AS v ORDER BY rand() LIMIT 200");
    List<String> diagnoses =
        strings(
            """
            MATCH (d:Diagnosis)-[r:PRESENTS_WITH]->() WITH d, sum(r.cases) AS n
            ORDER BY n DESC LIMIT 50 RETURN d.id AS v
            """);
    List<String> drugs =
        strings(
            """
            MATCH (d:Drug)-[r:CAUSES]->() WITH d, count(r) AS n
            ORDER BY n DESC LIMIT 50 RETURN d.id AS v
            """);
    List<String> words = strings("MATCH (k:Concept) RETURN k.name AS v ORDER BY rand() LIMIT 200");
    long cases =
        strings("MATCH (c:Case) RETURN toString(count(c)) AS v").stream()
            .mapToLong(Long::parseLong)
            .sum();
    List<String> cursors = cursors(1_000);
    String page50 = cursors.get(49 * 20 - 1);
    System.out.printf(
        "%,d cases; %d s per question and way; Java %s%n%n", cases, seconds, Runtime.version());

    List<Question> questions =
        List.of(
            new Question(
                "floor: `{ __typename }`, `RETURN 1`",
                i -> query("{ __typename }", Map.of()),
                i -> cypher("RETURN 1", Map.of())),
            new Question(
                "case by id with facts",
                i ->
                    query(
                        """
                    query($id: ID!) { case(id: $id) { id title patientAge
                      facts { kind polarity certainty concept { id name codes }
                              evidence { sentenceIndex start end matchedText } } } }
                    """,
                        Map.of("id", pick(caseIds, i))),
                i ->
                    cypher(
                        """
                    MATCH (c:Case {id: $id})
                    OPTIONAL MATCH (c)-[:HAS_FACT]->(f:Fact)-[:ABOUT]->(k:Concept)
                    WITH c, f, k ORDER BY f.start
                    RETURN c.id, c.title, c.patientAge,
                           collect({kind: f.kind, polarity: f.polarity, certainty: f.certainty,
                                    id: k.id, name: k.name, codes: k.codes,
                                    sentenceIndex: f.sentenceIndex, start: f.start,
                                    end: f.end, matchedText: f.matchedText}) AS facts
                    """,
                        Map.of("id", pick(caseIds, i)))),
            new Question(
                "diagnosis → symptoms with counts",
                i ->
                    query(
                        """
                    query($id: ID!) { concept(kind: DIAGNOSIS, id: $id) { name
                      ... on Diagnosis { symptoms(first: 20) {
                        nodes { to { id name } cases absentCases } } } } }
                    """,
                        Map.of("id", pick(diagnoses, i))),
                i ->
                    cypher(
                        """
                    MATCH (d:Concept {kind: 'Diagnosis', id: $id})
                    OPTIONAL MATCH (d)-[r:PRESENTS_WITH]->(s:Concept)
                    WITH d, r, s ORDER BY r.cases DESC, r.absentCases DESC LIMIT 20
                    RETURN d.name, collect({id: s.id, name: s.name, cases: r.cases,
                                            absentCases: r.absentCases}) AS symptoms
                    """,
                        Map.of("id", pick(diagnoses, i)))),
            new Question(
                "drug → side effects with PRR",
                i ->
                    query(
                        """
                    query($id: ID!) { concept(kind: DRUG, id: $id) { name
                      ... on Drug { sideEffects(first: 20) {
                        nodes { sideEffect { name } a b c d prr ror } } } } }
                    """,
                        Map.of("id", pick(drugs, i))),
                i ->
                    cypher(
                        """
                    MATCH (n:Case) WITH count(n) AS total
                    MATCH (d:Concept {kind: 'Drug', id: $id})-[r:CAUSES]->(e:Concept)
                    WHERE r.cases > 0
                    WITH d, e, total, r.cases AS a, d.affirmedCases - r.allCases AS b,
                         e.affirmedCases - r.cases AS c
                    WITH d, e, a, b, c, total - a - b - c AS dd
                    RETURN d.name, e.name, a, b, c, dd,
                           CASE WHEN c = 0 THEN null
                                ELSE (toFloat(a) / (a + b)) / (toFloat(c) / (c + dd)) END AS prr
                    ORDER BY prr DESC LIMIT 20
                    """,
                        Map.of("id", pick(drugs, i)))),
            new Question(
                "signals across all drugs, ranked",
                i ->
                    query(
                        """
                    query($field: SignalOrderField!, $min: Int!) {
                      sideEffectSignals(orderBy: {field: $field}, minCases: $min, first: 20) {
                        totalCount nodes { drug { name } sideEffect { name } a b c d prr ror } } }
                    """,
                        Map.of("field", SIGNAL_ORDERS.get(i % 3), "min", 1 + i % 3)),
                i ->
                    cypher(
                        """
                    MATCH (n:Case) WITH count(n) AS total
                    MATCH (d:Drug)-[r:CAUSES]->(e)
                    WHERE r.cases >= $min
                    WITH d, e, total, r.cases AS a, d.affirmedCases - r.allCases AS b,
                         e.affirmedCases - r.cases AS c
                    WITH d, e, a, b, c, total - a - b - c AS dd
                    WITH d, e, a, b, c, dd,
                         CASE WHEN c = 0 THEN null
                              ELSE (toFloat(a) / (a + b)) / (toFloat(c) / (c + dd)) END AS prr,
                         CASE WHEN b = 0 OR c = 0 THEN null
                              ELSE (toFloat(a) * dd) / (toFloat(b) * c) END AS ror
                    WITH d, e, a, b, c, dd, prr, ror,
                         CASE $field WHEN 'PRR' THEN prr WHEN 'ROR' THEN ror
                                     ELSE toFloat(a) END AS rank
                    ORDER BY rank IS NULL, rank DESC, a DESC, d.id, e.id
                    WITH collect({drug: d.name, sideEffect: e.name, a: a, b: b, c: c, d: dd,
                                  prr: prr, ror: ror}) AS ranked
                    RETURN size(ranked) AS total, ranked[0..20] AS page
                    """,
                        Map.of("field", SIGNAL_ORDERS.get(i % 3), "min", 1 + i % 3))),
            new Question(
                "search",
                i ->
                    query(
                        """
                    query($q: String!) { search(query: $q, first: 10) {
                      concepts { concept { id name } score } cases { case { id title } score } } }
                    """,
                        Map.of("q", pick(words, i))),
                i ->
                    () -> {
                      // As the API does: names tolerant of spelling; texts by the words as
                      // written, tolerant only when those find fewer than ten cases.
                      String word = pick(words, i);
                      rows(
                          """
                          CALL db.index.fulltext.queryNodes('concept_names', $q, {limit: 10})
                            YIELD node, score
                          RETURN node.id, node.name, score ORDER BY score DESC LIMIT 10
                          """,
                          Map.of("q", LuceneQuery.of(word)));
                      String caseHits =
                          """
                          CALL db.index.fulltext.queryNodes('case_text', $q, {limit: 10})
                            YIELD node, score
                          RETURN node.id, node.title, score ORDER BY score DESC LIMIT 10
                          """;
                      if (rows(caseHits, Map.of("q", LuceneQuery.exact(word))) < 10) {
                        rows(caseHits, Map.of("q", LuceneQuery.of(word)));
                      }
                    }),
            new Question(
                "filtered cases, page 1",
                i -> query(FILTERED, Map.of("id", pick(diagnoses, i))),
                i -> cypher(FILTERED_CYPHER, Map.of("id", pick(diagnoses, i), "skip", 0))),
            new Question(
                "filtered cases, page 50",
                i -> query(FILTERED_AFTER, Map.of("id", pick(diagnoses, i), "after", page50)),
                i -> cypher(FILTERED_CYPHER, Map.of("id", pick(diagnoses, i), "skip", 49 * 20))),
            new Question(
                "three-level nested",
                i ->
                    query(
                        """
                    query($after: String) { cases(first: 10, after: $after) { edges { node { id
                      facts { kind concept { name caseCount
                        edges(first: 3) { nodes { relation cases to { name } } } } } } } } }
                    """,
                        Map.of("after", cursors.get(i % 1000))),
                i ->
                    cypher(
                        """
                    MATCH (c:Case) WITH c ORDER BY c.importedAt DESC, c.id SKIP $skip LIMIT 10
                    CALL (c) {
                      MATCH (c)-[:HAS_FACT]->(f:Fact)-[:ABOUT]->(k:Concept)
                      CALL (k) { MATCH (k)-[r:TREATS|CAUSES|PRESENTS_WITH|REVEALS]-(t:Concept)
                                 WITH r, t ORDER BY r.cases DESC LIMIT 3
                                 RETURN collect({relation: type(r), cases: r.cases,
                                                 name: t.name}) AS edges }
                      RETURN collect({kind: f.kind, name: k.name, caseCount: k.cases,
                                      edges: edges}) AS facts
                    }
                    RETURN c.id, facts
                    """,
                        Map.of("skip", i % 1000 + 1))));

    System.out.println(
        "| question | GraphQL p50 ms | GraphQL p99 ms | GraphQL req/s | Cypher p50 ms |"
            + " Cypher p99 ms | Cypher req/s | p50 ratio | p99 ratio |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (Question question : questions) {
      time(i -> () -> post(question.graphQl().apply(i)), Math.max(1, seconds / 4));
      time(question.cypher(), Math.max(1, seconds / 4));
      long[] g = time(i -> () -> post(question.graphQl().apply(i)), seconds);
      long[] c = time(question.cypher(), seconds);
      System.out.printf(
          "| %s | %.2f | %.2f | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f |%n",
          question.name(),
          ms(g, 50),
          ms(g, 99),
          rate(g),
          ms(c, 50),
          ms(c, 99),
          rate(c),
          ms(g, 50) / ms(c, 50),
          ms(g, 99) / ms(c, 99));
    }
  }

  /** The rankings the signals question cycles through. */
  private static final List<String> SIGNAL_ORDERS = List.of("PRR", "ROR", "CASES");

  private static final String FILTERED =
      """
      query($id: ID!) { cases(filter: {fact: {concept: {kind: DIAGNOSIS, id: $id}}}, first: 20) {
        totalCount edges { cursor node { id title patientAge } } } }
      """;

  private static final String FILTERED_AFTER =
      """
      query($id: ID!, $after: String) {
        cases(filter: {fact: {concept: {kind: DIAGNOSIS, id: $id}}}, first: 20, after: $after) {
          totalCount edges { cursor node { id title patientAge } } } }
      """;

  // As an expert would write it with kb's schema: the page from the facts' (concept, import time,
  // case) index in order, the count from the concept's affirmedCases.
  private static final String FILTERED_CYPHER =
      """
      MATCH (k:Concept {kind: 'Diagnosis', id: $id})
      CALL (k) {
        MATCH (f:Fact)
        WHERE f.concept = 'Diagnosis/' + $id AND f.caseImportedAt IS NOT NULL
              AND f.caseId IS NOT NULL AND f.polarity = 'AFFIRMED'
        WITH DISTINCT f.concept AS concept, f.caseImportedAt AS at, f.caseId AS caseId
        ORDER BY concept DESC, at DESC, caseId DESC SKIP $skip LIMIT 20
        MATCH (c:Case {id: caseId})
        RETURN collect({id: c.id, title: c.title, patientAge: c.patientAge}) AS page
      }
      RETURN k.affirmedCases AS total, page
      """;

  private Map<String, Object> query(String document, Map<String, Object> variables) {
    return Map.of("query", document, "variables", variables);
  }

  private Runnable cypher(String cypher, Map<String, Object> parameters) {
    return () -> rows(cypher, parameters);
  }

  private int rows(String cypher, Map<String, Object> parameters) {
    try (Session session = driver.session()) {
      return session.run(cypher, parameters).list().size();
    }
  }

  // HttpURLConnection keeps the connection alive between requests when each response is read
  // to its end.
  private String post(Map<String, Object> body) {
    try {
      HttpURLConnection connection = (HttpURLConnection) graphQl.openConnection();
      connection.setRequestMethod("POST");
      connection.setDoOutput(true);
      connection.setConnectTimeout(30_000);
      connection.setReadTimeout(30_000);
      connection.setRequestProperty("Content-Type", "application/json");
      try (OutputStream out = connection.getOutputStream()) {
        out.write(JSON.writeValueAsBytes(body));
      }
      int status = connection.getResponseCode();
      String response;
      try (InputStream in =
          status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
        response = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (status != 200 || response.contains("\"errors\"")) {
        throw new IllegalStateException("GraphQL failed (" + status + "): " + response);
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the i-th request repeatedly for some seconds; returns the sorted latencies in ns. */
  private static long[] time(IntFunction<Runnable> request, int seconds) {
    List<Long> nanos = new ArrayList<>();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    for (int i = 0; System.nanoTime() < end; i++) {
      Runnable r = request.apply(i);
      long s = System.nanoTime();
      r.run();
      nanos.add(System.nanoTime() - s);
    }
    long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return sorted;
  }

  private static double ms(long[] nanos, int percentile) {
    Histogram histogram = new Histogram(3);
    for (long n : nanos) {
      histogram.recordValue(n);
    }
    return histogram.getValueAtPercentile(percentile) / 1e6;
  }

  private static double rate(long[] sorted) {
    return sorted.length / (Arrays.stream(sorted).sum() / 1e9);
  }

  private List<String> strings(String cypher) {
    try (Session session = driver.session()) {
      return session.executeRead(tx -> tx.run(cypher).list(r -> r.get("v").asString()));
    }
  }

  private static String pick(List<String> values, int i) {
    return values.get(Math.floorMod(i * 7919, values.size()));
  }

  /**
   * The API's cursors of the first {@code count} cases, in its order, read page by page: cursors
   * are opaque to a client.
   */
  private List<String> cursors(int count) {
    List<String> cursors = new ArrayList<>();
    String after = null;
    while (cursors.size() < count) {
      Map<String, Object> variables = new java.util.HashMap<>();
      variables.put("after", after);
      JsonNode page =
          JSON.readTree(
                  post(
                      query(
                          "query($after: String) { cases(first: 100, after: $after) {"
                              + " edges { cursor } pageInfo { hasNextPage endCursor } } }",
                          variables)))
              .get("data")
              .get("cases");
      page.get("edges").forEach(edge -> cursors.add(edge.get("cursor").stringValue()));
      if (!page.get("pageInfo").get("hasNextPage").booleanValue()) {
        break;
      }
      after = page.get("pageInfo").get("endCursor").stringValue();
    }
    if (cursors.size() < count) {
      throw new IllegalStateException(
          "QueryBench needs at least " + count + " cases, the store has " + cursors.size());
    }
    return cursors;
  }
}
