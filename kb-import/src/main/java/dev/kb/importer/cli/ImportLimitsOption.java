package dev.kb.importer.cli;

import dev.kb.importer.load.ImportLimits;
import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The {@code --max-facts} and {@code --extraction-budget} options of the commands that write. */
final class ImportLimitsOption {

  @Option(
      names = "--max-facts",
      paramLabel = "N",
      description = {
        "Reject a document that gives more facts than this (default: "
            + "${DEFAULT-VALUE}; the largest MACCROBAT case gives under 100)."
      })
  int maxFacts = ImportLimits.DEFAULT.maxFactsPerCase();

  @Option(
      names = "--extraction-budget",
      paramLabel = "SECONDS",
      description = {
        "Reject a document whose extraction takes longer than this (default: ${DEFAULT-VALUE};"
            + " a 2 MB text takes under a second)."
      })
  double extractionSeconds = ImportLimits.DEFAULT.extractionBudget().toMillis() / 1000.0;

  /** Whether the values are in range; says what is wrong on {@code err} if not. */
  boolean valid(PrintWriter err) {
    if (maxFacts < 1) {
      err.println("--max-facts must be at least 1, was " + maxFacts);
      return false;
    }
    if (!(extractionSeconds > 0 && extractionSeconds <= 3600)) {
      err.println(
          "--extraction-budget must be between 0 and 3600 seconds, was " + extractionSeconds);
      return false;
    }
    return true;
  }

  ImportLimits value() {
    return new ImportLimits(
        maxFacts, Duration.ofMillis(Math.max(1, Math.round(extractionSeconds * 1000))));
  }
}
