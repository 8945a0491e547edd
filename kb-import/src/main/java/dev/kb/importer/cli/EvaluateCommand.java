package dev.kb.importer.cli;

import dev.kb.importer.corpus.GoldCorpora;
import dev.kb.importer.evaluate.Evaluations;
import dev.kb.importer.evaluate.Report;
import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.LexiconExtractor;
import dev.kb.importer.train.CrossValidation;
import dev.kb.importer.train.Folds;
import dev.kb.importer.train.LinkTrainer;
import dev.kb.importer.train.LinkTraining;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evaluate}: scores the extractor against a gold corpus and prints a table. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the extractor against a gold corpus and prints precision, recall and F1.",
      "maccrobat: a folder of brat .txt/.ann pairs; ade: a folder with DRUG-AE.rel and"
          + " ADE-NEG.txt; bc5cdr: a PubTator file, or a folder holding one *Development* file."
    })
final class EvaluateCommand implements Callable<Integer> {

  /** The gold corpus formats. */
  enum Corpus {
    MACCROBAT,
    ADE,
    BC5CDR
  }

  @Spec CommandSpec spec;

  @Option(names = "--corpus", description = "maccrobat, ade or bc5cdr (not needed with --cv)")
  Corpus corpus = Corpus.MACCROBAT;

  @Mixin TerminologyOption terminology = new TerminologyOption();

  @Option(
      names = "--cv",
      paramLabel = "K",
      description = {
        "Cross-validate the learned link classifier by document: train K models on the gold"
            + " corpora under --corpora, each scoring only the documents it did not read, and"
            + " score every corpus there (BC5CDR: training and development sets). Without it,"
            + " relation scores come from the bundled model, which was trained on these corpora."
      })
  @Nullable Integer cv;

  @Option(
      names = "--corpora",
      paramLabel = "DIR",
      description =
          "With --cv: the folder holding ade-dev, bc5cdr-dev and maccrobat-dev (default: PATH's parent)")
  @Nullable Path corpora;

  @Parameters(index = "0", paramLabel = "PATH", description = "The corpus file or folder")
  Path path = Path.of(".");

  @Override
  public Integer call() {
    long start = System.nanoTime();
    Extractor extractor = terminology.extractor();
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    var out = spec.commandLine().getOut();
    out.printf("extractor %s, loaded in %.2f s%n", extractor.version(), loadSeconds);
    if (cv != null) {
      Path root =
          Objects.requireNonNull(
              corpora != null ? corpora : path.toAbsolutePath().getParent(),
              "--cv needs --corpora when the path has no parent folder");
      CrossValidation.Result result =
          CrossValidation.run(
              (LexiconExtractor) extractor,
              GoldCorpora.all(root),
              new Folds(cv),
              LinkTrainer.Settings.defaults(),
              LinkTraining.TARGET_PRECISION);
      out.printf(
          "%d-fold cross-validation by document, minimum confidence %.2f%n", cv, result.minimum());
      for (Report report :
          LinkTraining.evaluate(result.extractor((LexiconExtractor) extractor), root)) {
        out.print(report.table());
      }
      out.flush();
      return 0;
    }
    Report report =
        switch (corpus) {
          case MACCROBAT -> Evaluations.maccrobat(extractor, path);
          case ADE -> Evaluations.ade(extractor, path);
          case BC5CDR -> Evaluations.bc5cdr(extractor, path);
        };
    out.print(report.table());
    out.println(
        "  * relation scores come from the bundled link model, which was trained on the shared"
            + " corpora: use --cv K for held-out figures");
    out.flush();
    return 0;
  }
}
