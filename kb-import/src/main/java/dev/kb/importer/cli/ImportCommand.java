package dev.kb.importer.cli;

import dev.kb.importer.load.CaseDocument;
import dev.kb.importer.load.CaseLoader;
import dev.kb.importer.load.Documents;
import dev.kb.importer.load.ImportOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import}: case reports into the graph, one transaction each, skipping known texts. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports case reports into Neo4j: text files (title on the first line), JSON lines files"
          + " ({\"text\": ..., \"title\": ..., \"source\": ...} per line), or folders of both.",
      "Without --neo4j-uri the embedded store in --data-dir is used (stop a running kb first,"
          + " or pass its Bolt address).",
      "Exit codes: 0 every document imported or already there; 1 some documents rejected (each"
          + " named); 2 bad options; 3 the graph could not be opened; 4 the database went away"
          + " during the import (run the same command again to resume)."
    })
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files or folders to import")
  List<Path> inputs = new ArrayList<>();

  @Mixin GraphOptions graph;

  @Option(
      names = "--max-bytes",
      defaultValue = "" + Documents.DEFAULT_MAX_BYTES,
      description = "Reject documents larger than this (default: ${DEFAULT-VALUE})")
  int maxBytes = Documents.DEFAULT_MAX_BYTES;

  @Mixin TerminologyOption terminology = new TerminologyOption();

  @Option(
      names = "--threads",
      defaultValue = "2",
      description = "Cases written in parallel (default: ${DEFAULT-VALUE})")
  int threads = 2;

  @Option(
      names = "--batch",
      defaultValue = "100",
      description = {
        "Cases written per transaction (default: ${DEFAULT-VALUE}). A batch costs one round trip"
            + " and one commit; a batch that fails is retried case by case, so each case stays all"
            + " or nothing. 1 makes every case visible as soon as it is written."
      })
  int batchSize = 100;

  @Mixin MinConfidenceOption minConfidence = new MinConfidenceOption();

  @Mixin ImportLimitsOption limits = new ImportLimitsOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (batchSize < 1 || batchSize > 1000) {
      err.println("--batch must be between 1 and 1000, was " + batchSize);
      return 2;
    }
    if (threads < 1 || threads > 64) {
      err.println("--threads must be between 1 and 64, was " + threads);
      return 2;
    }
    if (!minConfidence.valid(err) || !limits.valid(err)) {
      return 2;
    }
    Inputs.expand(inputs, ".txt", ".jsonl"); // fails early on a missing path
    try (GraphOptions.Graph opened = graph.open(err)) {
      if (opened == null) {
        return 3;
      }
      CaseLoader loader = terminology.loader(opened.writer(), minConfidence.value, limits.value());
      return importAll(loader, new DatabaseWatch(opened.driver()), out, err);
    }
  }

  /** Exit code when the database went away during the import (1: some documents rejected). */
  static final int DATABASE_LOST = 4;

  private int importAll(CaseLoader loader, DatabaseWatch watch, PrintWriter out, PrintWriter err) {
    Batch batch = Batch.of(inputs, new Documents(maxBytes));
    long total = batch.count();
    Progress progress = new Progress(out, total, Progress.interactive());
    Map<ImportOutcome.Status, Integer> counts = new EnumMap<>(ImportOutcome.Status.class);
    List<ImportOutcome> rejected = new ArrayList<>();
    // Documents not written because the database could not be reached: a rerun imports them.
    AtomicLong notImported = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    // Bounded hand-off: reading runs at most a few batches ahead of the writers.
    Semaphore inFlight = new Semaphore(threads * 2);
    List<Batch.Item> pending = new ArrayList<>(batchSize);
    Consumer<List<Batch.Item>> submit =
        items -> {
          if (watch.lost()) {
            notImported.addAndGet(items.size());
            return;
          }
          inFlight.acquireUninterruptibly();
          pool.execute(
              () -> {
                try {
                  List<ImportOutcome> outcomes;
                  if (watch.lost()) {
                    notImported.addAndGet(items.size());
                    return;
                  }
                  try {
                    outcomes = importBatch(loader, items);
                    watch.reached();
                  } catch (Unreachable e) {
                    notImported.addAndGet(items.size());
                    watch.unreachable(e.reason);
                    return;
                  }
                  for (ImportOutcome outcome : outcomes) {
                    synchronized (counts) {
                      counts.merge(outcome.status(), 1, Integer::sum);
                      if (outcome.status() == ImportOutcome.Status.REJECTED) {
                        rejected.add(outcome);
                      }
                    }
                    progress.step();
                  }
                } finally {
                  inFlight.release();
                }
              });
        };
    batch.forEach(
        item -> {
          pending.add(item);
          if (pending.size() == batchSize) {
            submit.accept(List.copyOf(pending));
            pending.clear();
          }
        });
    if (!pending.isEmpty()) {
      submit.accept(List.copyOf(pending));
    }
    pool.shutdown();
    try {
      pool.awaitTermination(365, TimeUnit.DAYS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (watch.lost()) {
      err.printf(
          "Stopped: the database cannot be reached (%s). %,d cases were committed and %,d were"
              + " already there; %,d documents were not confirmed (a batch in flight when the"
              + " database went away may have been committed) and %,d were rejected. Imports are"
              + " idempotent: run the same command again when the database is back to resume"
              + " where this one stopped.%n",
          watch.reason(),
          counts.getOrDefault(ImportOutcome.Status.IMPORTED, 0),
          counts.getOrDefault(ImportOutcome.Status.UNCHANGED, 0),
          notImported.get(),
          counts.getOrDefault(ImportOutcome.Status.REJECTED, 0));
      err.flush();
      out.flush();
      return DATABASE_LOST;
    }
    out.printf(
        "Imported %d, unchanged %d, rejected %d in %.1f s (%.1f docs/s)%n",
        counts.getOrDefault(ImportOutcome.Status.IMPORTED, 0),
        counts.getOrDefault(ImportOutcome.Status.UNCHANGED, 0),
        counts.getOrDefault(ImportOutcome.Status.REJECTED, 0),
        progress.elapsedSeconds(),
        progress.rate());
    rejected.sort(java.util.Comparator.comparing(r -> String.valueOf(r.source())));
    for (ImportOutcome r : rejected) {
      out.printf("  rejected %s: %s%n", r.source(), r.detail());
    }
    out.flush();
    return rejected.isEmpty() ? 0 : 1;
  }

  /** Imports the documents of one batch; outcomes carry the items' labels, in order. */
  private static List<ImportOutcome> importBatch(CaseLoader loader, List<Batch.Item> items) {
    List<ImportOutcome> outcomes = new ArrayList<>(items.size());
    List<CaseDocument> documents = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (Batch.Item item : items) {
      if (item.document() == null) {
        outcomes.add(
            new ImportOutcome(
                ImportOutcome.Status.REJECTED,
                null,
                item.label(),
                String.valueOf(item.rejection())));
      } else {
        positions.add(outcomes.size());
        documents.add(item.document());
        outcomes.add(null);
      }
    }
    if (!documents.isEmpty()) {
      List<ImportOutcome> loaded;
      try {
        loaded = loader.loadAll(documents);
      } catch (RuntimeException e) {
        if (DatabaseWatch.isConnectionFailure(e)) {
          throw new Unreachable(e);
        }
        String reason = "failed: " + rootMessage(e);
        loaded =
            documents.stream()
                .map(d -> new ImportOutcome(ImportOutcome.Status.REJECTED, null, null, reason))
                .toList();
      }
      for (int i = 0; i < loaded.size(); i++) {
        int position = positions.get(i);
        ImportOutcome outcome = loaded.get(i);
        outcomes.set(
            position,
            new ImportOutcome(
                outcome.status(), outcome.caseId(), items.get(position).label(), outcome.detail()));
      }
    }
    return outcomes;
  }

  /** A batch could not reach the database; nothing of it was written. */
  private static final class Unreachable extends RuntimeException {
    private final RuntimeException reason;

    Unreachable(RuntimeException cause) {
      super(cause);
      this.reason = cause;
    }
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
