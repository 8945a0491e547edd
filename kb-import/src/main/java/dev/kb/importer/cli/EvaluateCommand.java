package dev.kb.importer.cli;

import dev.kb.importer.evaluate.Evaluations;
import dev.kb.importer.evaluate.Report;
import dev.kb.importer.extract.Extractor;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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

  @Option(names = "--corpus", required = true, description = "maccrobat, ade or bc5cdr")
  Corpus corpus = Corpus.MACCROBAT;

  @Mixin TerminologyOption terminology = new TerminologyOption();

  @Parameters(index = "0", paramLabel = "PATH", description = "The corpus file or folder")
  Path path = Path.of(".");

  @Override
  public Integer call() {
    long start = System.nanoTime();
    Extractor extractor = terminology.extractor();
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    Report report =
        switch (corpus) {
          case MACCROBAT -> Evaluations.maccrobat(extractor, path);
          case ADE -> Evaluations.ade(extractor, path);
          case BC5CDR -> Evaluations.bc5cdr(extractor, path);
        };
    var out = spec.commandLine().getOut();
    out.printf("extractor %s, loaded in %.2f s%n", extractor.version(), loadSeconds);
    out.print(report.table());
    out.flush();
    return 0;
  }
}
