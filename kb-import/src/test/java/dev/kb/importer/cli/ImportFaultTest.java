package dev.kb.importer.cli;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kb.core.embedded.EmbeddedNeo4j;
import dev.kb.importer.load.GraphSnapshot;
import dev.kb.importer.synthetic.CaseGenerator;
import dev.kb.importer.synthetic.SyntheticCase;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Faults injected into real command-line imports. Each test runs {@code kb-import import} in child
 * JVMs against a real Neo4j (embedded in this JVM, reached over Bolt like a server), breaks
 * something in the middle, and then looks at the graph. Nothing is mocked.
 *
 * <ul>
 *   <li>the importer is killed with SIGKILL, then the same command is run again;
 *   <li>two importers write overlapping files into one database at the same time;
 *   <li>the database stops under the importer, which must stop too, with one message and exit 4;
 *       the database comes back and the same command resumes.
 * </ul>
 *
 * <p>Whatever the fault, the graph right after it holds only whole cases, and once the import has
 * been run to the end the graph is exactly the one a single clean import of the same file gives
 * ({@link #oneCleanImport}): every text one case, nothing duplicated, no fact without its case,
 * every concept's case count right. The file holds {@link #CASES} synthetic case reports ({@link
 * CaseGenerator}); after every tenth case the line five lines up comes again, so the file has more
 * lines than texts and some lines are already there when they are read.
 */
class ImportFaultTest {

  /** Distinct case texts in the file (-Dkb.fault.cases=N for a longer run). */
  private static final int CASES = Integer.getInteger("kb.fault.cases", 400);

  /** Cases per transaction: small, so that the importers commit often. */
  private static final String BATCH = "20";

  /** The most a whole import in a child may take, even on a slow, busy machine. */
  private static final Duration RUN_LIMIT = Duration.ofMinutes(3);

  /** The stop message of an import whose database went away ({@link ImportCommand}). */
  private static final String STOPPED = "Stopped: the database cannot be reached";

  @TempDir static Path shared;
  private static String javaCommand;
  private static Path casesFile;
  private static List<String> lines;
  private static List<String> oneCleanImport;

  @TempDir Path dir;
  private final List<Child> children = new ArrayList<>();
  private @Nullable Database database;

  /** On a failure, the children's output: the test's own assertions only say what went wrong. */
  @RegisterExtension
  final TestExecutionExceptionHandler printChildrenOutput =
      (context, failure) -> {
        for (Child child : children) {
          String report = child.report();
          System.err.println(report);
          failure.addSuppressed(new ChildOutput(report));
        }
        throw failure;
      };

  @BeforeAll
  static void writeTheCasesAndImportThemOnceCleanly() throws Exception {
    javaCommand = ProcessHandle.current().info().command().orElse(null);
    assumeTrue(
        javaCommand != null, "The command of this JVM is unknown: no child JVM can be started");
    assumeFalse(
        System.getProperty("os.name").startsWith("Windows"),
        "destroyForcibly() is a SIGKILL only on Unix-like systems");

    long started = System.nanoTime();
    CaseGenerator generator = CaseGenerator.withBundledLexicon(1);
    lines = new ArrayList<>();
    Set<String> texts = new HashSet<>();
    for (int n = 1; n <= CASES; n++) {
      SyntheticCase generated = generator.generate(n);
      texts.add(generated.text());
      lines.add(GenerateCommand.line(generated));
      if (n % 10 == 0) {
        lines.add(lines.get(lines.size() - 6)); // a line seen five lines above, again
      }
    }
    assertThat(texts.size()).as("distinct texts from the generator").isEqualTo(CASES);
    casesFile = write(shared.resolve("cases.jsonl"), lines);

    // The reference: the same command, run once to the end into a new database, nothing broken.
    try (Database clean = new Database(shared.resolve("clean"))) {
      Child child = launch(shared, "clean", clean.uri(), casesFile);
      try {
        assertThat(child.exitWithin(RUN_LIMIT)).as("the clean import%n%s", child.report()).isZero();
      } finally {
        child.process().destroyForcibly();
      }
      assertThat(Summary.of(child.stdout()))
          .as("the clean import")
          .isEqualTo(new Summary(CASES, lines.size() - CASES, 0));
      assertWholeCases(clean.driver(), CASES);
      oneCleanImport = GraphSnapshot.of(clean.driver());
    }
    log("%d lines, %d cases, imported once cleanly in %.1f s", lines.size(), CASES, since(started));
  }

  @AfterEach
  void stopEverything() {
    for (Child child : children) {
      child.process().destroyForcibly();
    }
    if (database != null) {
      database.close();
    }
  }

  /**
   * SIGKILL once a fifth of the cases are committed: what is committed is whole cases, and the same
   * command run again writes exactly the others.
   */
  @Test
  void anImportKilledMidwayLeavesWholeCasesAndTheSameCommandFinishesIt() throws Exception {
    database = new Database(dir.resolve("db"));
    Child killed = startImport("killed", casesFile);
    awaitCases(killed, CASES / 5);

    // The fault: SIGKILL, no shutdown hook, no chance to finish or roll back a batch.
    killed.process().destroyForcibly();
    assertThat(killed.process().waitFor(10, SECONDS)).as("the killed importer is gone").isTrue();
    assertThat(killed.process().exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
    long committed = database.settledCases();
    log("killed at %d of %d cases", committed, CASES);
    assertThat(committed).as("killed in the middle of the import").isBetween(1L, CASES - 1L);
    assertWholeCases(database.driver(), committed);

    Child rerun = startImport("rerun", casesFile);
    assertThat(rerun.exitWithin(RUN_LIMIT)).as("the rerun's exit code").isZero();
    assertThat(Summary.of(rerun.stdout()))
        .as("the rerun writes exactly the cases the killed import had not committed")
        .isEqualTo(new Summary(CASES - committed, lines.size() - (CASES - committed), 0));
    assertSameAsOneCleanImport(database.driver());
  }

  /**
   * Two importers started together on a new database, with files that share a third of their lines:
   * both succeed, and between them they write every case exactly once.
   */
  @Test
  void twoImportersOfOverlappingFilesAtOnceWriteEveryCaseOnce() throws Exception {
    database = new Database(dir.resolve("db")); // empty: both importers migrate it at once
    int third = lines.size() / 3;
    List<String> common = lines.subList(0, third);
    List<String> leftOnly = lines.subList(third, 2 * third);
    List<String> rightOnly = lines.subList(2 * third, lines.size());
    // Both files start with the same third: the two importers race for the same cases first,
    // then for the concepts the rest of their cases share.
    Path left = write(dir.resolve("left.jsonl"), concat(common, leftOnly));
    Path right = write(dir.resolve("right.jsonl"), concat(common, rightOnly));

    Child leftImport = startImport("left", left);
    Child rightImport = startImport("right", right);
    awaitCases(leftImport, 1);
    assertThat(rightImport.process().isAlive())
        .as("both importers run at once: the right one runs while the first case is written")
        .isTrue();

    assertThat(leftImport.exitWithin(RUN_LIMIT)).as("the left import's exit code").isZero();
    assertThat(rightImport.exitWithin(RUN_LIMIT)).as("the right import's exit code").isZero();
    Summary leftSummary = Summary.of(leftImport.stdout());
    Summary rightSummary = Summary.of(rightImport.stdout());
    log("left %s, right %s", leftSummary, rightSummary);
    assertThat(leftSummary.rejected() + rightSummary.rejected()).as("rejected").isZero();
    assertThat(leftSummary.imported() + rightSummary.imported())
        .as("each case written by one importer exactly")
        .isEqualTo(CASES);
    assertSameAsOneCleanImport(database.driver());
  }

  /**
   * The database stops once a fifth of the cases are committed: the importer stops within 30 s with
   * exit code 4 and one message, not a line per document; when the database is back, the same
   * command writes exactly the cases missing.
   */
  @Test
  void anImportWhoseDatabaseGoesAwayStopsWithOneMessageAndARerunResumesIt() throws Exception {
    database = new Database(dir.resolve("db"));
    Child cutOff = startImport("cut-off", casesFile);
    awaitCases(cutOff, CASES / 5);

    // The fault: the database stops under the importer.
    long stopped = System.nanoTime();
    database.stop();
    int exit = cutOff.exitWithin(Duration.ofSeconds(30).minusNanos(System.nanoTime() - stopped));
    log("the importer ended %.1f s after the database began to stop", since(stopped));
    assertThat(exit).as("exit code of an import whose database went away").isEqualTo(4);
    String out = cutOff.stdout();
    String err = cutOff.stderr();
    assertThat(occurrences(err, STOPPED)).as("stop messages on stderr").isEqualTo(1);
    assertThat(occurrences(out, STOPPED)).as("stop messages on stdout").isZero();
    // Nothing per document: no line names one, by its source or by its line in the file.
    assertThat(out + err).doesNotContain("synthetic:1:").doesNotContain(casesFile + ":");
    assertThat(out.lines().filter(line -> line.strip().startsWith("rejected")))
        .as("rejection lines")
        .isEmpty();
    Stop stop = Stop.of(err);
    log("%s", err.substring(err.indexOf(STOPPED)).strip());
    assertThat(stop.rejected()).as("documents rejected because the database went away").isZero();
    assertThat(stop.committed() + stop.alreadyThere() + stop.notImported() + stop.rejected())
        .as("every document of the file is accounted for in the stop message")
        .isEqualTo(lines.size());

    database.start(); // the same store, on a new port
    long committed = database.settledCases();
    log(
        "%d of %d cases in the database, %d by the importer's count",
        committed, CASES, stop.committed());
    // At least those the importer counted: a batch whose commit was under way when the database
    // stopped may be in too, though the importer could not learn it.
    assertThat(committed)
        .as("cases in the database after the restart")
        .isGreaterThanOrEqualTo(stop.committed())
        .isLessThan(CASES);
    assertWholeCases(database.driver(), committed);

    Child resume = startImport("resume", casesFile);
    assertThat(resume.exitWithin(RUN_LIMIT)).as("the rerun's exit code").isZero();
    assertThat(Summary.of(resume.stdout()))
        .as("the rerun writes exactly the cases missing")
        .isEqualTo(new Summary(CASES - committed, lines.size() - (CASES - committed), 0));
    assertSameAsOneCleanImport(database.driver());
  }

  // ---------------------------------------------------------------------------------------------
  // What must hold of the graph

  /**
   * The graph holds {@code expected} cases, each whole: no two cases with one id or one text, no
   * two concepts with one key, no fact without its case, and every concept's case counts those of
   * the cases whose facts are about it (the loader adds a case to them as it writes its facts).
   */
  private static void assertWholeCases(Driver driver, long expected) {
    assertThat(single(driver, "MATCH (c:Case) RETURN count(c)")).as("cases").isEqualTo(expected);
    assertThat(
            strings(
                driver,
                """
                MATCH (c:Case) WITH c.id AS id, count(*) AS n WHERE n > 1
                RETURN id + ' x' + n LIMIT 10
                """))
        .as("case ids held by more than one case")
        .isEmpty();
    assertThat(
            strings(
                driver,
                """
                MATCH (c:Case) WITH c.contentHash AS hash, count(*) AS n WHERE n > 1
                RETURN hash + ' x' + n LIMIT 10
                """))
        .as("texts held by more than one case")
        .isEmpty();
    assertThat(
            strings(
                driver,
                """
                MATCH (k:Concept) WITH k.kind AS kind, k.id AS id, count(*) AS n WHERE n > 1
                RETURN kind + '/' + id + ' x' + n LIMIT 10
                """))
        .as("concepts held twice")
        .isEmpty();
    assertThat(
            strings(
                driver, "MATCH (f:Fact) WHERE NOT (:Case)-[:HAS_FACT]->(f) RETURN f.id LIMIT 10"))
        .as("facts without a case")
        .isEmpty();
    assertThat(
            strings(
                driver,
                """
                MATCH (k:Concept)
                OPTIONAL MATCH (c:Case)-[:HAS_FACT]->(f:Fact)-[:ABOUT]->(k)
                WITH k, count(DISTINCT c) AS cases,
                     count(DISTINCT CASE WHEN f.polarity = 'AFFIRMED' THEN c END) AS affirmed
                WHERE k.cases <> cases OR k.affirmedCases <> affirmed
                RETURN k.kind + '/' + k.id + ' counts ' + k.cases + ' cases (' + k.affirmedCases
                       + ' affirmed), its facts ' + cases + ' (' + affirmed + ')' LIMIT 10
                """))
        .as("concepts whose case counts are not those of their facts")
        .isEmpty();
  }

  /** Every case whole (see above), and the graph line for line that of one clean import. */
  private static void assertSameAsOneCleanImport(Driver driver) {
    assertWholeCases(driver, CASES);
    List<String> graph = GraphSnapshot.of(driver);
    List<String> missing = minus(oneCleanImport, graph);
    List<String> extra = minus(graph, oneCleanImport);
    assertThat(missing.size() + extra.size())
        .withFailMessage(
            "The graph differs from one clean import of the same file:%n"
                + "%d lines missing, the first: %s%n%d lines extra, the first: %s",
            missing.size(), firstFew(missing), extra.size(), firstFew(extra))
        .isZero();
  }

  /** The lines of {@code a} not in {@code b}, each counted as often as it occurs. */
  private static List<String> minus(List<String> a, List<String> b) {
    Map<String, Integer> left = new HashMap<>();
    b.forEach(line -> left.merge(line, 1, Integer::sum));
    List<String> difference = new ArrayList<>();
    for (String line : a) {
      if (left.merge(line, -1, Integer::sum) < 0) {
        difference.add(line);
      }
    }
    return difference;
  }

  private static List<String> firstFew(List<String> lines) {
    return lines.stream()
        .limit(5)
        .map(l -> l.length() > 300 ? l.substring(0, 300) + "..." : l)
        .toList();
  }

  // ---------------------------------------------------------------------------------------------
  // The importers in child JVMs

  /** Starts {@code kb-import import} on these files in a child JVM, into {@link #database}. */
  private Child startImport(String name, Path... files) throws IOException {
    Child child = launch(dir, name, database().uri(), files);
    children.add(child);
    return child;
  }

  /**
   * Starts {@code kb-import import} in a child JVM: this JVM's java and class path, into the Neo4j
   * at {@code neo4j}, its output in {@code dir}. The bundled lexicon alone ({@code --terminology
   * none}; the synthetic cases are written from it): the faults are about processes and the
   * database, not reading, and loading the terminology packs would cost every child seconds. For
   * the same reason the children compile with C1 alone and collect with one thread: on two cores
   * that halves what a short-lived importer costs, and changes how fast it runs, not what it does.
   */
  private static Child launch(Path dir, String name, URI neo4j, Path... files) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                javaCommand,
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                KbImportCli.class.getName(),
                "import",
                "--neo4j-uri",
                neo4j.toString(),
                "--terminology",
                "none",
                "--threads",
                "2",
                "--batch",
                BATCH));
    for (Path file : files) {
      command.add(file.toString());
    }
    Path out = dir.resolve(name + ".out");
    Path err = dir.resolve(name + ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().remove("KB_NEO4J_PASSWORD"); // no password: no authentication
    Child child = new Child(name, builder.start(), out, err);
    log("started %s (pid %d)", name, child.process().pid());
    return child;
  }

  /** Waits until the database holds at least {@code least} cases, while the importer runs. */
  private long awaitCases(Child importer, long least) throws InterruptedException {
    long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
    while (true) {
      long cases = database().cases();
      if (cases >= least) {
        return cases;
      }
      if (!importer.process().isAlive()) {
        fail(
            "%s ended (exit %d) with %d cases in the database, before %d were"
                .formatted(importer.name(), importer.process().exitValue(), cases, least));
      }
      if (System.nanoTime() > deadline) {
        fail("%s wrote %d cases in %s, not %d".formatted(importer.name(), cases, RUN_LIMIT, least));
      }
      Thread.sleep(50);
    }
  }

  private Database database() {
    assertThat(database).as("the test's database").isNotNull();
    return database;
  }

  /** An importer in a child JVM, its standard output and error in files. */
  private record Child(String name, Process process, Path out, Path err) {

    /**
     * Waits for the child to end and returns its exit code; fails if it runs past {@code limit}.
     */
    int exitWithin(Duration limit) throws InterruptedException {
      if (!process.waitFor(Math.max(0, limit.toMillis()), MILLISECONDS)) {
        fail("%s still running after %s".formatted(name, limit));
      }
      return process.exitValue();
    }

    String stdout() throws IOException {
      return Files.readString(out);
    }

    String stderr() throws IOException {
      return Files.readString(err);
    }

    String report() {
      String exit = process.isAlive() ? "running" : "exit " + process.exitValue();
      return "---- %s (%s), stdout:%n%s%n---- %s, stderr:%n%s"
          .formatted(name, exit, readQuietly(out), name, readQuietly(err));
    }

    private static String readQuietly(Path file) {
      try {
        return Files.readString(file);
      } catch (IOException e) {
        return "(unreadable: " + e + ")";
      }
    }
  }

  /** A child's output, attached to a test's failure. */
  private static final class ChildOutput extends Exception {
    ChildOutput(String report) {
      super(report, null, false, false);
    }
  }

  /** The last line of an import: {@code Imported 3, unchanged 1, rejected 0 in ...}. */
  private record Summary(long imported, long unchanged, long rejected) {
    private static final Pattern LINE =
        Pattern.compile("Imported (\\d+), unchanged (\\d+), rejected (\\d+) in ");

    static Summary of(String out) {
      Matcher m = LINE.matcher(out);
      if (!m.find()) {
        fail("No summary line in the output:%n%s".formatted(out));
      }
      return new Summary(
          Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
    }
  }

  /** The figures of the stop message of an import whose database went away. */
  private record Stop(long committed, long alreadyThere, long notImported, long rejected) {
    private static final Pattern MESSAGE =
        Pattern.compile(
            "([\\d,]+) cases were committed and ([\\d,]+) were already there; ([\\d,]+) documents"
                + " were not confirmed .*? and ([\\d,]+) were rejected");

    static Stop of(String err) {
      Matcher m = MESSAGE.matcher(err.replaceAll("\\s+", " "));
      if (!m.find()) {
        fail("No figures in the stop message:%n%s".formatted(err));
      }
      return new Stop(
          number(m.group(1)), number(m.group(2)), number(m.group(3)), number(m.group(4)));
    }

    private static long number(String digits) {
      return Long.parseLong(digits.replace(",", ""));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The database

  /** The embedded Neo4j the children import into, and a driver to look at the graph. */
  private static final class Database implements AutoCloseable {
    private final Path dataDir;
    private @Nullable EmbeddedNeo4j neo4j;
    private @Nullable Driver driver;

    Database(Path dataDir) {
      this.dataDir = dataDir;
      start();
    }

    void start() {
      neo4j = EmbeddedNeo4j.start(dataDir, 0);
      driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
    }

    /** Stops Neo4j, as a server that goes down; committed data stays on disk. */
    void stop() {
      driver().close();
      driver = null;
      EmbeddedNeo4j stopping = neo4j;
      neo4j = null;
      stopping.close();
    }

    URI uri() {
      assertThat(neo4j).as("the database is running").isNotNull();
      return neo4j.boltUri();
    }

    Driver driver() {
      assertThat(driver).as("the database is running").isNotNull();
      return driver;
    }

    long cases() {
      return single(driver(), "MATCH (c:Case) RETURN count(c)");
    }

    /**
     * The number of cases once it no longer changes: a commit an importer sent just before it died
     * may still land.
     */
    long settledCases() throws InterruptedException {
      long cases = cases();
      while (true) {
        Thread.sleep(500);
        long again = cases();
        if (again == cases) {
          return cases;
        }
        cases = again;
      }
    }

    @Override
    public void close() {
      if (neo4j != null) {
        stop();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private static long single(Driver driver, String cypher) {
    return driver.executableQuery(cypher).execute().records().getFirst().get(0).asLong();
  }

  private static List<String> strings(Driver driver, String cypher) {
    return driver.executableQuery(cypher).execute().records().stream()
        .map(r -> r.get(0).asString())
        .toList();
  }

  private static Path write(Path file, List<String> lines) throws IOException {
    return Files.write(file, lines);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> both = new ArrayList<>(a);
    both.addAll(b);
    return both;
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      count++;
    }
    return count;
  }

  private static double since(long nanos) {
    return (System.nanoTime() - nanos) / 1e9;
  }

  private static void log(String format, Object... args) {
    System.out.printf("[ImportFaultTest] " + format + "%n", args);
  }
}
