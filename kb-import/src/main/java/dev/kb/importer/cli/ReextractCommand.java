package dev.kb.importer.cli;

import dev.kb.importer.load.CaseLoader;
import dev.kb.importer.load.ReextractOutcome;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reextract}: reads the stored cases again whose facts another extractor read, or whose
 * links were counted with another minimum confidence.
 */
@Command(
    name = "reextract",
    mixinStandardHelpOptions = true,
    description = {
      "Reads the stored cases again that another extractor version read (or that were counted"
          + " with another --min-confidence), replacing each case's facts, links and share of the"
          + " knowledge edges in one transaction. Cases already current are left alone, so running"
          + " it again does nothing.",
      "Without --neo4j-uri the embedded store in --data-dir is used (stop a running kb first,"
          + " or pass its Bolt address)."
    })
final class ReextractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin GraphOptions graph;

  @Mixin TerminologyOption terminology = new TerminologyOption();

  @Option(
      names = "--batch",
      defaultValue = "100",
      description =
          "Cases read again per transaction (default: ${DEFAULT-VALUE}); a batch that fails is"
              + " retried case by case")
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
    if (!minConfidence.valid(err) || !limits.valid(err)) {
      return 2;
    }
    try (GraphOptions.Graph opened = graph.open(err)) {
      if (opened == null) {
        return 3;
      }
      CaseLoader loader = terminology.loader(opened.writer(), minConfidence.value, limits.value());
      return reextract(loader, out);
    }
  }

  private int reextract(CaseLoader loader, PrintWriter out) {
    long stale = loader.staleCount();
    out.printf(
        "%d cases to read again with %s (minimum link confidence %s)%n",
        stale, loader.extractorVersion(), loader.minConfidence());
    Progress progress = new Progress(out, stale, Progress.interactive());
    Map<ReextractOutcome.Status, Integer> counts = new EnumMap<>(ReextractOutcome.Status.class);
    List<ReextractOutcome> failed = new ArrayList<>();
    if (stale > 0) {
      loader.reextractStale(
          batchSize,
          () -> false,
          outcome -> {
            counts.merge(outcome.status(), 1, Integer::sum);
            if (outcome.status() == ReextractOutcome.Status.FAILED) {
              failed.add(outcome);
            }
            progress.step();
          });
    }
    out.printf(
        "Read again %d, already current %d, failed %d in %.1f s (%.1f docs/s)%n",
        counts.getOrDefault(ReextractOutcome.Status.REEXTRACTED, 0),
        counts.getOrDefault(ReextractOutcome.Status.CURRENT, 0),
        counts.getOrDefault(ReextractOutcome.Status.FAILED, 0),
        progress.elapsedSeconds(),
        progress.rate());
    for (ReextractOutcome f : failed) {
      out.printf("  failed %s: %s%n", f.caseId(), f.detail());
    }
    out.flush();
    return failed.isEmpty() ? 0 : 1;
  }
}
