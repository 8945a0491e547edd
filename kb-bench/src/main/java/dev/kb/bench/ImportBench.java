package dev.kb.bench;

import dev.kb.core.embedded.EmbeddedNeo4j;
import dev.kb.core.graph.DriverSettings;
import dev.kb.core.schema.SchemaMigrations;
import dev.kb.importer.cli.Inputs;
import dev.kb.importer.cli.TerminologyOption;
import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.LexiconExtractor;
import dev.kb.importer.load.CaseDocument;
import dev.kb.importer.load.CaseLoader;
import dev.kb.importer.load.Documents;
import dev.kb.importer.load.GraphWriter;
import dev.kb.importer.load.ImportOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import}: how fast kb reads and imports case reports, as tables. A benchmark, not a test:
 * it asserts nothing and prints figures to quote. It was {@code kb-import.jar bench} until issue
 * 14; it lives here so the import CLI's jar carries no benchmark.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Measures lexicon load time and heap (the bundled lexicon alone, then with the packs"
          + " --terminology selects), extraction docs/s and MB/s with 1 and 2 threads, and"
          + " end-to-end import docs/s into a fresh embedded Neo4j, on a folder of *.txt case"
          + " reports (e.g. the MACCROBAT texts)."
    })
final class ImportBench implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Case reports to measure on")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--seconds",
      defaultValue = "10",
      description = "Measuring time per extraction run (default: ${DEFAULT-VALUE})")
  int seconds = 10;

  @Option(
      names = "--import-docs",
      defaultValue = "4000",
      description = "Documents to import end to end (default: ${DEFAULT-VALUE})")
  int importDocs = 4000;

  @Option(
      names = "--import-runs",
      split = ",",
      defaultValue = "1x1,2x1,2x50,2x100",
      description =
          "Import runs as THREADSxCASES_PER_TRANSACTION, comma-separated (default:"
              + " ${DEFAULT-VALUE})")
  List<String> importRuns = List.of("1x1", "2x1", "2x50", "2x100");

  @Mixin TerminologyOption terminology = new TerminologyOption();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<String> texts = read(Inputs.expand(inputs, ".txt"));
    long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    out.printf(
        "%d documents, %.1f KB on average; Java %s, %d cores%n%n",
        texts.size(),
        bytes / 1024.0 / texts.size(),
        Runtime.version(),
        Runtime.getRuntime().availableProcessors());

    out.println("| lexicon | load ms (first) | load ms (again) | heap MB |");
    out.println("|---|---|---|---|");
    // Rows built afresh, not the shared default, so that each load is measured; the extraction and
    // import runs use the last row, the extractor --terminology selects.
    Extractor extractor = lexiconRow(out, "bundled", LexiconExtractor::withBundledData);
    Path packs = terminology.dir();
    if (packs == null) {
      extractor =
          lexiconRow(out, "bundled + packs (default)", LexiconExtractor::withBundledDataAndPacks);
    } else if (!packs.toString().equals(LexiconExtractor.NO_PACKS)) {
      extractor =
          lexiconRow(
              out,
              "bundled + packs in " + packs,
              () -> LexiconExtractor.withBundledDataAndPacks(packs));
    }

    out.println();
    out.println("| extraction | docs/s | MB/s | ms p50 | ms p99 |");
    out.println("|---|---|---|---|---|");
    extract(extractor, texts, 1, Math.max(1, seconds / 3), null, null); // warm-up
    extract(extractor, texts, 1, seconds, out, "1 thread");
    extract(extractor, texts, 2, seconds, out, "2 threads");
    // The corpus run together into single sentences: extraction must stay linear in the text.
    for (int kilobytes : new int[] {100, 1_000, 2_000}) {
      extract(
          extractor,
          oneSentenceTexts(texts, kilobytes * 1_000),
          1,
          seconds,
          out,
          "1 thread, one sentence of " + kilobytes + " KB");
    }

    out.println();
    out.println("| import into embedded Neo4j | docs | docs/s | ms p50 per tx | ms p99 per tx |");
    out.println("|---|---|---|---|---|");
    for (String run : importRuns) {
      String[] parts = run.strip().split("x");
      if (parts.length != 2) {
        throw new IllegalArgumentException(
            "--import-runs: expected THREADSxCASES like 2x50, got '" + run + "'");
      }
      importRun(extractor, texts, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), out);
    }
    out.flush();
    return 0;
  }

  private static List<String> read(List<Path> files) throws IOException {
    Documents documents = new Documents();
    List<String> texts = new ArrayList<>();
    for (Path file : files) {
      texts.add(documents.read(file).text());
    }
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("No *.txt documents to measure on");
    }
    return texts;
  }

  private static Extractor lexiconRow(
      PrintWriter out, String name, Supplier<LexiconExtractor> load) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    long started = System.nanoTime();
    LexiconExtractor extractor = load.get();
    double first = (System.nanoTime() - started) / 1e6;
    System.gc();
    long heap = memory.getHeapMemoryUsage().getUsed() - before;
    started = System.nanoTime();
    load.get();
    double again = (System.nanoTime() - started) / 1e6;
    out.printf("| %s | %.0f | %.0f | %.1f |%n", name, first, again, heap / 1024.0 / 1024.0);
    return extractor;
  }

  /**
   * The texts run together and cut into pieces of {@code size} characters, each one "sentence":
   * every full stop, question mark, exclamation mark and line break made a comma or a space.
   */
  static List<String> oneSentenceTexts(List<String> texts, int size) {
    String all = String.join(" ", texts).replaceAll("[.!?](\\s)", ",$1").replaceAll("\\s+", " ");
    while (all.length() < 3 * size) {
      all = all + " " + all;
    }
    List<String> pieces = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      pieces.add(all.substring(i * size, (i + 1) * size));
    }
    return pieces;
  }

  private static void extract(
      Extractor extractor,
      List<String> texts,
      int threads,
      int seconds,
      @Nullable PrintWriter out,
      @Nullable String label)
      throws Exception {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<List<long[]>>> workers = new ArrayList<>();
    long started = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      workers.add(
          pool.submit(
              () -> {
                List<long[]> samples = new ArrayList<>();
                for (int i = offset; System.nanoTime() < deadline; i++) {
                  String text = texts.get(i % texts.size());
                  long s = System.nanoTime();
                  extractor.extract(text);
                  samples.add(new long[] {System.nanoTime() - s, text.length()});
                }
                return samples;
              }));
    }
    List<long[]> samples = new ArrayList<>();
    for (Future<List<long[]>> worker : workers) {
      samples.addAll(worker.get());
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    if (out == null) {
      return;
    }
    long chars = samples.stream().mapToLong(s -> s[1]).sum();
    Histogram nanos = histogram(samples.stream().mapToLong(s -> s[0]));
    out.printf(
        "| %s | %.1f | %.2f | %.2f | %.2f |%n",
        label,
        samples.size() / elapsed,
        chars / elapsed / 1e6,
        nanos.getValueAtPercentile(50) / 1e6,
        nanos.getValueAtPercentile(99) / 1e6);
  }

  /** Imports {@code --import-docs} distinct documents; latencies are per transaction. */
  private void importRun(
      Extractor extractor, List<String> texts, int threads, int batchSize, PrintWriter out)
      throws Exception {
    Path store = Files.createTempDirectory("kb-bench-");
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, 0);
        Driver driver =
            GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none(), DriverSettings.config())) {
      new SchemaMigrations(driver).migrate();
      CaseLoader loader = new CaseLoader(GraphWriter.over(driver), extractor);
      Documents documents = new Documents();
      // Distinct texts (a numbered line appended), so every one is a new case.
      List<CaseDocument> batch = new ArrayList<>(importDocs);
      for (int i = 0; i < importDocs; i++) {
        batch.add(
            documents.fromString(
                texts.get(i % texts.size()) + "\n\nCopy " + i + ".", "bench-" + i, null));
      }
      AtomicInteger next = new AtomicInteger();
      List<Long> nanos = java.util.Collections.synchronizedList(new ArrayList<>());
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      long started = System.nanoTime();
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndAdd(batchSize);
                      i < importDocs;
                      i = next.getAndAdd(batchSize)) {
                    long s = System.nanoTime();
                    for (ImportOutcome outcome :
                        loader.loadAll(batch.subList(i, Math.min(importDocs, i + batchSize)))) {
                      if (outcome.status() != ImportOutcome.Status.IMPORTED) {
                        throw new IllegalStateException(outcome.toString());
                      }
                    }
                    nanos.add(System.nanoTime() - s);
                  }
                  return null;
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      double elapsed = (System.nanoTime() - started) / 1e9;
      pool.shutdown();
      Histogram latencies = histogram(nanos.stream().mapToLong(Long::longValue));
      out.printf(
          "| %d thread%s, %d case%s per transaction | %d | %.0f | %.1f | %.1f |%n",
          threads,
          threads == 1 ? "" : "s",
          batchSize,
          batchSize == 1 ? "" : "s",
          importDocs,
          importDocs / elapsed,
          latencies.getValueAtPercentile(50) / 1e6,
          latencies.getValueAtPercentile(99) / 1e6);
      out.flush();
    } finally {
      deleteRecursively(store);
    }
  }

  /** Nanosecond latencies, to three significant digits. */
  private static Histogram histogram(LongStream nanos) {
    Histogram histogram = new Histogram(3);
    nanos.forEach(histogram::recordValue);
    return histogram;
  }

  private static void deleteRecursively(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
