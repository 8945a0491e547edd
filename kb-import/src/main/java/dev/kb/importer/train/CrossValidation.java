package dev.kb.importer.train;

import dev.kb.importer.corpus.GoldDocument;
import dev.kb.importer.extract.LexiconExtractor;
import dev.kb.importer.extract.LinkExample;
import dev.kb.importer.extract.LinkModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * K-fold cross-validation of the link classifier by document: each fold's model is trained on the
 * documents of the other folds, and every pair gets its probability from the model that did not
 * read its document. The minimum confidence is chosen on these out-of-fold probabilities: the
 * lowest at which the links kept are right at least as often as the target precision, among the
 * pairs of corpora whose gold joins mentions (ADE, MACCROBAT).
 */
public final class CrossValidation {

  /** Precision and recall of the pairs kept at one minimum confidence. */
  public record Row(double minimum, int kept, int right, int gold) {

    public double precision() {
      return kept == 0 ? 1 : (double) right / kept;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) right / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * What cross-validation found.
   *
   * @param examples every labelled pair
   * @param outOfFold each pair's probability from the model that did not read its document
   * @param models each fold's model, with the chosen minimum
   * @param foldOfText the fold of each document's text, to score a text with its fold's model
   * @param minimum the chosen minimum confidence
   * @param table precision and recall of the pairs of ADE and MACCROBAT at minimums from 0.05 to
   *     0.95, out of fold
   */
  public record Result(
      List<Labelled> examples,
      double[] outOfFold,
      List<LinkModel> models,
      Map<String, Integer> foldOfText,
      double minimum,
      List<Row> table) {

    /** An extractor that reads each training text with the model of its fold. */
    public FoldedExtractor extractor(LexiconExtractor base) {
      List<LexiconExtractor> byFold = new ArrayList<>();
      models.forEach(m -> byFold.add(base.withLinkModel(m)));
      return new FoldedExtractor(byFold, foldOfText);
    }
  }

  private CrossValidation() {}

  /** Cross-validates on the documents' pairs as {@code extractor} reads them. */
  public static Result run(
      LexiconExtractor extractor,
      List<GoldDocument> documents,
      Folds folds,
      LinkTrainer.Settings settings,
      double targetPrecision) {
    List<Labelled> examples = Labelled.of(extractor, documents);
    return run(examples, documents, folds, settings, targetPrecision);
  }

  /** Cross-validates on pairs already labelled. */
  public static Result run(
      List<Labelled> examples,
      List<GoldDocument> documents,
      Folds folds,
      LinkTrainer.Settings settings,
      double targetPrecision) {
    int[] fold = new int[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      fold[i] = folds.of(examples.get(i).document());
    }
    double[] outOfFold = new double[examples.size()];
    List<LinkModel> models = new ArrayList<>();
    for (int f = 0; f < folds.k(); f++) {
      List<Labelled> training = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (fold[i] != f) {
          training.add(examples.get(i));
        }
      }
      LinkModel model = LinkTrainer.train(training, settings, 0.5);
      for (int i = 0; i < examples.size(); i++) {
        if (fold[i] == f) {
          LinkExample example = examples.get(i).example();
          outOfFold[i] =
              model.probability(
                  model.withPrior(example.features(), example.drug().id(), example.finding().id()));
        }
      }
      models.add(model);
    }
    List<Row> table = new ArrayList<>();
    double minimum = Double.NaN;
    for (int step = 1; step <= 99; step++) {
      double t = step / 100.0;
      if (step % 5 == 0) {
        table.add(row(examples, outOfFold, t, true));
      }
      // Chosen where the gold says which mentions it joins: BC5CDR's document-level pairs, put
      // on mentions, count as caused many pairs of mentions that say nothing of each other.
      Row mentionLevel = row(examples, outOfFold, t, true);
      if (Double.isNaN(minimum)
          && mentionLevel.kept() > 0
          && mentionLevel.precision() >= targetPrecision) {
        minimum = t;
      }
    }
    if (Double.isNaN(minimum)) {
      throw new IllegalStateException(
          "No minimum confidence reaches a precision of " + targetPrecision);
    }
    double chosen = minimum;
    Map<String, Integer> foldOfText = new HashMap<>();
    for (GoldDocument d : documents) {
      foldOfText.putIfAbsent(d.text(), folds.of(d));
    }
    return new Result(
        examples,
        outOfFold,
        models.stream().map(m -> m.withMinimum(chosen)).toList(),
        foldOfText,
        chosen,
        table);
  }

  private static Row row(
      List<Labelled> examples, double[] p, double minimum, boolean mentionLevelOnly) {
    int kept = 0;
    int right = 0;
    int gold = 0;
    for (int i = 0; i < examples.size(); i++) {
      if (mentionLevelOnly && !examples.get(i).document().mentionLevel()) {
        continue;
      }
      boolean cause = examples.get(i).cause();
      if (cause) {
        gold++;
      }
      if (p[i] >= minimum) {
        kept++;
        if (cause) {
          right++;
        }
      }
    }
    return new Row(minimum, kept, right, gold);
  }
}
