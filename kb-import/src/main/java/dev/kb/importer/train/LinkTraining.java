package dev.kb.importer.train;

import dev.kb.core.hash.Sha256;
import dev.kb.importer.corpus.GoldCorpora;
import dev.kb.importer.corpus.GoldDocument;
import dev.kb.importer.evaluate.Evaluations;
import dev.kb.importer.evaluate.Report;
import dev.kb.importer.evaluate.ScoreRow;
import dev.kb.importer.extract.LexiconExtractor;
import dev.kb.importer.extract.LinkModel;
import dev.kb.importer.extract.MentionConfidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trains the link model from the gold corpora under one folder: reads every document, labels the
 * pairs the extractor would decide on, cross-validates by document to choose the minimum confidence
 * and to score the whole extraction held out, then trains the final model on everything.
 */
public final class LinkTraining {

  /** The precision the default minimum confidence is chosen for. */
  public static final double TARGET_PRECISION = 0.9;

  /**
   * What training gave.
   *
   * @param model the final model, trained on every document
   * @param crossValidation the folds' models and out-of-fold probabilities
   * @param reports the cross-validated evaluation of each corpus
   * @param manifest what is written beside the weights
   * @param mentions mentions and right mentions per (kind, form), for the facts' confidence
   */
  public record Outcome(
      LinkModel model,
      CrossValidation.Result crossValidation,
      List<Report> reports,
      Manifest manifest,
      Map<String, int[]> mentions) {}

  private LinkTraining() {}

  /** Cross-validates, evaluates held out, and trains the final model. */
  public static Outcome run(
      LexiconExtractor extractor, Path corpora, int folds, LinkTrainer.Settings settings) {
    List<GoldDocument> documents = GoldCorpora.all(corpora);
    CrossValidation.Result cv =
        CrossValidation.run(extractor, documents, new Folds(folds), settings, TARGET_PRECISION);
    List<Report> reports = evaluate(cv.extractor(extractor), corpora);
    LinkModel model = LinkTrainer.train(cv.examples(), settings, cv.minimum());
    Manifest manifest = manifest(extractor, corpora, documents, cv, reports, settings, model);
    return new Outcome(
        model, cv, reports, manifest, MentionCalibration.measure(extractor, documents));
  }

  /** Scores each corpus present under {@code corpora} with the folded extractor. */
  public static List<Report> evaluate(FoldedExtractor folded, Path corpora) {
    List<Report> reports = new ArrayList<>();
    if (Files.isDirectory(corpora.resolve(GoldCorpora.ADE))) {
      reports.add(Evaluations.ade(folded, corpora.resolve(GoldCorpora.ADE)));
    }
    if (Files.isDirectory(corpora.resolve(GoldCorpora.BC5CDR))) {
      reports.add(Evaluations.bc5cdrAll(folded, corpora.resolve(GoldCorpora.BC5CDR)));
    }
    if (Files.isDirectory(corpora.resolve(GoldCorpora.MACCROBAT))) {
      reports.add(Evaluations.maccrobat(folded, corpora.resolve(GoldCorpora.MACCROBAT)));
    }
    return reports;
  }

  /**
   * Writes the models under {@code root}: {@code links/weights.tsv}, {@code links/known-pairs.tsv},
   * {@code links/manifest.json} and {@code mentions/confidence.tsv}.
   */
  public static void write(Outcome outcome, Path root) {
    Path links = root.resolve("links");
    outcome.model().write(links);
    MentionConfidence.write(root.resolve("mentions/confidence.tsv"), outcome.mentions());
    try {
      JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
      Files.writeString(
          links.resolve(LinkModel.MANIFEST),
          json.writeValueAsString(outcome.manifest()) + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the manifest to " + links, e);
    }
  }

  private static Manifest manifest(
      LexiconExtractor extractor,
      Path corpora,
      List<GoldDocument> documents,
      CrossValidation.Result cv,
      List<Report> reports,
      LinkTrainer.Settings settings,
      LinkModel model) {
    List<Manifest.FileHash> files = new ArrayList<>();
    for (Path file : GoldCorpora.files(corpora)) {
      files.add(
          new Manifest.FileHash(
              corpora.relativize(file).toString().replace('\\', '/'), Sha256.hex(read(file))));
    }
    Map<String, Integer> counts = new TreeMap<>();
    documents.forEach(d -> counts.merge(d.corpus(), 1, Integer::sum));
    List<Manifest.Threshold> thresholds = new ArrayList<>();
    for (CrossValidation.Row row : cv.table()) {
      thresholds.add(
          new Manifest.Threshold(
              row.minimum(),
              row.kept(),
              row.right(),
              round(row.precision()),
              round(row.recall()),
              round(row.f1())));
    }
    List<Manifest.Scored> scored = new ArrayList<>();
    for (Report report : reports) {
      for (ScoreRow row : report.rows()) {
        scored.add(
            new Manifest.Scored(
                report.corpus(),
                row.type(),
                row.matching(),
                row.score().predicted(),
                row.score().gold(),
                round(row.score().precision()),
                round(row.score().recall()),
                round(row.score().f1())));
      }
    }
    int causes = (int) cv.examples().stream().filter(Labelled::cause).count();
    String version = extractor.version();
    return new Manifest(
        LinkModel.currentFeatureSet(),
        LinkTrainer.library(),
        settings,
        version.substring(0, version.lastIndexOf("+links-")),
        files,
        counts,
        cv.examples().size(),
        causes,
        cv.models().size(),
        TARGET_PRECISION,
        cv.minimum(),
        thresholds,
        scored,
        model.weightsSha256(),
        model.known().size(),
        model.knownPairsSha256());
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
