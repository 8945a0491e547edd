package dev.kb.importer.cli;

import dev.kb.importer.evaluate.Report;
import dev.kb.importer.extract.LexiconExtractor;
import dev.kb.importer.train.CrossValidation;
import dev.kb.importer.train.LinkTrainer;
import dev.kb.importer.train.LinkTraining;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code train}: learns the drug → finding link model from the gold corpora. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the drug -> finding link classifier on the gold corpora (ade-dev, bc5cdr-dev,"
          + " maccrobat-dev under --corpora), cross-validated by document, and measures how often"
          + " each kind of mention is right. Writes links/weights.tsv, links/known-pairs.tsv,"
          + " links/manifest.json and mentions/confidence.tsv under --out. Deterministic: the same"
          + " corpora give the same files."
    })
final class TrainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--corpora",
      paramLabel = "DIR",
      description =
          "The folder holding ade-dev, bc5cdr-dev and maccrobat-dev (default: ${DEFAULT-VALUE})")
  Path corpora = Path.of("../shared/corpus");

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description =
          "Where to write the model (kb's bundled one: kb-import/src/main/resources/kb/models/links)")
  Path out = Path.of(".");

  @Option(names = "--folds", description = "Cross-validation folds (default: ${DEFAULT-VALUE})")
  int folds = 5;

  @Option(
      names = "--cost",
      description =
          "LibLinear's C, the inverse regularisation strength (default: ${DEFAULT-VALUE})")
  double cost = LinkTrainer.Settings.defaults().cost();

  @Mixin TerminologyOption terminology = new TerminologyOption();

  @Override
  public Integer call() {
    PrintWriter printer = spec.commandLine().getOut();
    LexiconExtractor extractor = (LexiconExtractor) terminology.extractor();
    LinkTrainer.Settings defaults = LinkTrainer.Settings.defaults();
    LinkTrainer.Settings settings =
        new LinkTrainer.Settings(
            cost, defaults.maxIterations(), defaults.epsilon(), defaults.seed());
    long started = System.nanoTime();
    LinkTraining.Outcome outcome = LinkTraining.run(extractor, corpora, folds, settings);
    LinkTraining.write(outcome, out);
    printer.printf(
        Locale.ROOT,
        "trained on %d pairs (%d caused) in %.1f s; %d-fold cross-validated by document%n",
        outcome.crossValidation().examples().size(),
        outcome.manifest().causes(),
        (System.nanoTime() - started) / 1e9,
        folds);
    printer.printf(Locale.ROOT, "%-8s %7s %7s %7s %7s%n", "minimum", "kept", "P", "R", "F1");
    for (CrossValidation.Row row : outcome.crossValidation().table()) {
      printer.printf(
          Locale.ROOT,
          "%-8.2f %7d %7.3f %7.3f %7.3f%n",
          row.minimum(),
          row.kept(),
          row.precision(),
          row.recall(),
          row.f1());
    }
    printer.printf(
        Locale.ROOT,
        "minimum confidence %.2f (pairs' cross-validated precision >= %.2f)%n",
        outcome.model().minimum(),
        LinkTraining.TARGET_PRECISION);
    for (Report report : outcome.reports()) {
      printer.print(report.table());
    }
    printer.printf(
        "wrote the models to %s and %s%n", this.out.resolve("links"), this.out.resolve("mentions"));
    printer.flush();
    return 0;
  }
}
