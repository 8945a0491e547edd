package dev.kb.importer.train;

import java.util.List;
import java.util.Map;

/**
 * How a link model was trained and how well it did, written beside its weights as {@code
 * manifest.json}. Holds no time or machine: training the same data again writes the same bytes.
 *
 * @param featureSet the feature set the weights are for; the extractor refuses another
 * @param library the learning library and its version
 * @param trainer the trainer's settings
 * @param extractor the version of the extractor (lexicon, packs, rules) the pairs were read with
 * @param trainingData each file read, with its SHA-256
 * @param documents how many documents of each corpus
 * @param pairs how many candidate pairs were learned from
 * @param causes how many of them the gold marks as caused
 * @param folds the number of cross-validation folds, by document
 * @param targetPrecision the precision the minimum confidence was chosen for
 * @param minimum the chosen minimum confidence
 * @param pairsByMinimum cross-validated precision and recall of the pairs at several minimums
 * @param crossValidated cross-validated scores of the whole extraction on each corpus, at the
 *     chosen minimum
 * @param weightsSha256 the SHA-256 of {@code weights.tsv}
 * @param knownPairs how many (drug, finding) pairs the corpora report as caused
 * @param knownPairsSha256 the SHA-256 of {@code known-pairs.tsv}
 */
public record Manifest(
    String featureSet,
    String library,
    LinkTrainer.Settings trainer,
    String extractor,
    List<FileHash> trainingData,
    Map<String, Integer> documents,
    int pairs,
    int causes,
    int folds,
    double targetPrecision,
    double minimum,
    List<Threshold> pairsByMinimum,
    List<Scored> crossValidated,
    String weightsSha256,
    int knownPairs,
    String knownPairsSha256) {

  /** A training file, relative to the corpora folder. */
  public record FileHash(String file, String sha256) {}

  /** Pairs kept at one minimum confidence, out of fold. */
  public record Threshold(
      double minimum, int kept, int right, double precision, double recall, double f1) {}

  /** One row of a cross-validated evaluation. */
  public record Scored(
      String corpus,
      String type,
      String matching,
      int predicted,
      int gold,
      double precision,
      double recall,
      double f1) {}
}
