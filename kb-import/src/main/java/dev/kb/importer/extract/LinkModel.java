package dev.kb.importer.extract;

import dev.kb.core.hash.Sha256;
import dev.kb.importer.text.DataFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The learned drug → finding link classifier: a logistic regression over the features of {@link
 * LinkFeatures}, trained by {@code kb-import train} (Tribuo's LibLinear trainer, see ADR 008) and
 * kept as data: one weight per feature in {@code weights.tsv} beside a {@code manifest.json} that
 * says how it was trained and how well it did under cross-validation.
 *
 * <p>The probability that a drug caused a finding is {@code 1 / (1 + exp(-(bias + Σ weights)))}
 * over the features that hold. {@link #minimum()} is the probability at or above which a link
 * counts by default, chosen by cross-validation for a precision of at least 0.9.
 */
public final class LinkModel {

  /** Where the trained model is bundled. */
  public static final String BUNDLED_DIR = "kb/models/links/";

  public static final String WEIGHTS = "weights.tsv";
  public static final String KNOWN_PAIRS = "known-pairs.tsv";
  public static final String MANIFEST = "manifest.json";

  /** The feature that says the training corpora report this drug causing this finding. */
  public static final String KNOWN = "known";

  private final Map<String, Double> weights;
  private final Set<String> known;
  private final double bias;
  private final double minimum;
  private final String featureSet;
  private final String hash;

  /**
   * A model over this extractor's features, from its weights.
   *
   * @param known the (drug id, finding id) pairs, as {@link #pair}, that the training corpora
   *     report as caused
   */
  public LinkModel(Map<String, Double> weights, double bias, double minimum, Set<String> known) {
    this(weights, bias, minimum, known, LinkFeatures.VERSION);
  }

  private LinkModel(
      Map<String, Double> weights,
      double bias,
      double minimum,
      Set<String> known,
      String featureSet) {
    if (!(minimum >= 0 && minimum <= 1)) {
      throw new IllegalArgumentException("A minimum confidence is between 0 and 1: " + minimum);
    }
    this.weights = Map.copyOf(weights);
    this.known = Set.copyOf(known);
    this.bias = bias;
    this.minimum = minimum;
    this.featureSet = featureSet;
    this.hash = Sha256.hex(weightsFile() + knownFile()).substring(0, 8);
  }

  /** The model bundled in this jar, read once. */
  public static LinkModel bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final LinkModel INSTANCE =
        parse(
            BUNDLED_DIR + WEIGHTS,
            DataFile.bundled(BUNDLED_DIR + WEIGHTS),
            DataFile.bundled(BUNDLED_DIR + KNOWN_PAIRS));
  }

  /**
   * The sentence rules alone, for a build without a trained model (while a new feature set is
   * trained): a pair the side-effect rules link gets 0.88, any other 0.12.
   */
  public static LinkModel fromRules() {
    return new LinkModel(Map.of("rule.causes", 4.0), -2.0, 0.5, Set.of());
  }

  /**
   * Whether a model for this extractor's features is bundled. A build whose features changed since
   * the model was trained has none until it is trained again; a test keeps that from being
   * released.
   */
  public static boolean isBundled() {
    try (InputStream in =
        LinkModel.class.getClassLoader().getResourceAsStream(BUNDLED_DIR + WEIGHTS)) {
      if (in == null
          || LinkModel.class.getClassLoader().getResource(BUNDLED_DIR + KNOWN_PAIRS) == null) {
        return false;
      }
      String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return content.contains("\n@features\t" + LinkFeatures.VERSION + "\n");
    } catch (IOException e) {
      return false;
    }
  }

  /** Reads a model from a folder written by {@link #write}. */
  public static LinkModel read(Path dir) {
    Path file = dir.resolve(WEIGHTS);
    try {
      return parse(
          file.toString(),
          Files.readString(file, StandardCharsets.UTF_8),
          Files.readString(dir.resolve(KNOWN_PAIRS), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the link model in " + dir, e);
    }
  }

  /**
   * Parses a weights file (comment lines, then {@code feature<TAB>weight} rows, with the rows
   * {@code @bias}, {@code @minimum} and {@code @features} first) and its known pairs ({@code
   * drug<TAB>finding} rows).
   */
  static LinkModel parse(String fileName, String content, String knownPairs) {
    Map<String, Double> weights = new HashMap<>();
    Double bias = null;
    Double minimum = null;
    String featureSet = null;
    for (DataFile.Row row : DataFile.rows(fileName, content, "feature\tweight")) {
      String name = row.column(0);
      switch (name) {
        case "@bias" -> bias = number(row);
        case "@minimum" -> minimum = number(row);
        case "@features" -> featureSet = row.column(1);
        default -> weights.put(name, number(row));
      }
    }
    if (bias == null || minimum == null || featureSet == null) {
      throw new IllegalArgumentException(fileName + ": needs @bias, @minimum and @features rows");
    }
    if (!featureSet.equals(LinkFeatures.VERSION)) {
      throw new IllegalArgumentException(
          fileName
              + " was trained on features "
              + featureSet
              + ", this extractor computes "
              + LinkFeatures.VERSION
              + ": train it again (kb-import train)");
    }
    Set<String> known = new HashSet<>();
    for (DataFile.Row row : DataFile.rows(KNOWN_PAIRS, knownPairs, "drug\tfinding")) {
      known.add(pair(row.column(0), row.column(1)));
    }
    return new LinkModel(weights, bias, minimum, known, featureSet);
  }

  private static double number(DataFile.Row row) {
    try {
      return Double.parseDouble(row.column(1));
    } catch (NumberFormatException e) {
      throw row.error("not a number: " + row.column(1));
    }
  }

  /** The key of a (drug, finding) pair of concept ids. */
  public static String pair(String drugId, String findingId) {
    return drugId + "|" + findingId;
  }

  /**
   * The features of a pair with what the model knows of the two concepts: whether the corpora it
   * was trained on report this drug causing this finding (as pharmacovigilance's causality scales
   * count "previous conclusive reports"), alone and with the pair's distance.
   */
  public List<String> withPrior(List<String> features, String drugId, String findingId) {
    return known.contains(pair(drugId, findingId)) ? withKnown(features) : features;
  }

  /** The features with the known-pair features added. */
  public static List<String> withKnown(List<String> features) {
    List<String> more = new ArrayList<>(features.size() + 2);
    more.addAll(features);
    more.add(KNOWN);
    for (String f : features) {
      if (f.startsWith("sd=")) {
        more.add(KNOWN + "&" + f);
      }
    }
    return more;
  }

  /** The probability that the drug caused the finding, given the features that hold. */
  public double probability(List<String> features) {
    double z = bias;
    for (String feature : features) {
      Double w = weights.get(feature);
      if (w != null) {
        z += w;
      }
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** The probability at or above which a link counts by default. */
  public double minimum() {
    return minimum;
  }

  /** This model with another minimum. */
  public LinkModel withMinimum(double minimum) {
    return new LinkModel(weights, bias, minimum, known, featureSet);
  }

  /** The (drug, finding) pairs the training corpora report, as {@link #pair}. */
  public Set<String> known() {
    return known;
  }

  /** The feature set this extractor computes, which a model must have been trained on. */
  public static String currentFeatureSet() {
    return LinkFeatures.VERSION;
  }

  /** The feature set the model reads ({@link LinkFeatures#VERSION}). */
  public String featureSet() {
    return featureSet;
  }

  /** The features with a weight, for inspection. */
  public Map<String, Double> weights() {
    return weights;
  }

  public double bias() {
    return bias;
  }

  /** The SHA-256 of the weights file, in hex. */
  public String weightsSha256() {
    return Sha256.hex(weightsFile());
  }

  /** The SHA-256 of the known pairs file, in hex. */
  public String knownPairsSha256() {
    return Sha256.hex(knownFile());
  }

  /** A short hash of the weights file: part of the extractor's version. */
  public String hash() {
    return hash;
  }

  /** Writes {@code weights.tsv} and {@code known-pairs.tsv}; the bytes depend only on the model. */
  public void write(Path dir) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(WEIGHTS), weightsFile(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(KNOWN_PAIRS), knownFile(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the link model to " + dir, e);
    }
  }

  private String weightsFile() {
    StringBuilder out = new StringBuilder();
    out.append("# The drug -> finding link classifier: logistic regression weights, written by\n");
    out.append("# kb-import train (see manifest.json beside it). Do not edit: train again.\n");
    out.append("feature\tweight\n");
    out.append("@features\t").append(featureSet).append('\n');
    out.append("@bias\t").append(format(bias)).append('\n');
    out.append("@minimum\t").append(format(minimum)).append('\n');
    for (Map.Entry<String, Double> weight : new TreeMap<>(weights).entrySet()) {
      out.append(weight.getKey()).append('\t').append(format(weight.getValue())).append('\n');
    }
    return out.toString();
  }

  private String knownFile() {
    StringBuilder out = new StringBuilder();
    out.append(
        "# (drug, finding) concept pairs the training corpora report as caused, written by\n");
    out.append("# kb-import train. Do not edit: train again.\n");
    out.append("drug\tfinding\n");
    for (String p : new TreeSet<>(known)) {
      out.append(p.replace('|', '\t')).append('\n');
    }
    return out.toString();
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.6g", value);
  }
}
