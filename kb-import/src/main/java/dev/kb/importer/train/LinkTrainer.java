package dev.kb.importer.train;

import de.bwaldvogel.liblinear.Model;
import dev.kb.importer.extract.LinkModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tribuo.Feature;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationModel;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.common.liblinear.LibLinearModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the link classifier with Tribuo's LibLinear trainer: L2-regularised logistic regression
 * over the binary features the extractor computes for a pair, with a fixed seed so that the same
 * examples always give the same weights. The trained weights are exported to a {@link LinkModel},
 * and the export is checked against Tribuo's own predictions before it is returned.
 */
public final class LinkTrainer {

  static final String CAUSES = "CAUSES";
  static final String NONE = "NONE";

  /**
   * The trainer's settings.
   *
   * @param cost LibLinear's C, the inverse of the regularisation strength
   * @param maxIterations LibLinear's iteration bound
   * @param epsilon LibLinear's termination criterion
   * @param seed the seed of LibLinear's random order of coordinates
   */
  public record Settings(double cost, int maxIterations, double epsilon, long seed) {

    /** The settings kb trains its bundled model with. */
    public static Settings defaults() {
      return new Settings(0.3, 1000, 0.001, 12345L);
    }
  }

  private LinkTrainer() {}

  /**
   * A model trained on these examples, counting a link from {@code minimum} on. The model also
   * keeps the (drug, finding) pairs the examples show caused; while training, an example counts a
   * pair as known only when another document reports it, as an unseen document would.
   */
  public static LinkModel train(List<Labelled> examples, Settings settings, double minimum) {
    Map<String, Set<String>> reportedBy = new HashMap<>();
    for (Labelled l : examples) {
      if (l.cause()) {
        reportedBy.computeIfAbsent(pair(l), k -> new HashSet<>()).add(document(l));
      }
    }
    List<List<String>> features = new ArrayList<>(examples.size());
    for (Labelled l : examples) {
      Set<String> documents = reportedBy.getOrDefault(pair(l), Set.of());
      boolean known = documents.size() > (documents.contains(document(l)) ? 1 : 0);
      features.add(known ? LinkModel.withKnown(l.example().features()) : l.example().features());
    }
    LabelFactory factory = new LabelFactory();
    MutableDataset<Label> dataset =
        new MutableDataset<>(new SimpleDataSourceProvenance("kb link pairs", factory), factory);
    for (int i = 0; i < examples.size(); i++) {
      dataset.add(example(features.get(i), new Label(examples.get(i).cause() ? CAUSES : NONE)));
    }
    LibLinearClassificationTrainer trainer =
        new LibLinearClassificationTrainer(
            new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR),
            settings.cost(),
            settings.maxIterations(),
            settings.epsilon(),
            settings.seed());
    LibLinearClassificationModel trained = (LibLinearClassificationModel) trainer.train(dataset);
    LinkModel model = export(trained, minimum, reportedBy.keySet());
    check(trained, model, features);
    return model;
  }

  private static String pair(Labelled l) {
    return LinkModel.pair(l.example().drug().id(), l.example().finding().id());
  }

  private static String document(Labelled l) {
    return l.document().corpus() + ":" + l.document().group();
  }

  static ArrayExample<Label> example(List<String> features, Label label) {
    ArrayExample<Label> example = new ArrayExample<>(label);
    for (String name : features) {
      example.add(new Feature(name, scale(name)));
    }
    return example;
  }

  // The words around a pair are many and particular to how a corpus is written; the cues, the
  // timeline and the distances are few and say the same in abstracts and case reports. Training a
  // word with a smaller value is a stronger prior on its weight (its penalty grows as 1 / value²),
  // so a model learned from abstracts leans on what carries over to case reports. The exported
  // weight is multiplied back, and the model reads every feature as present or not.
  static final double WORD_SCALE = 0.5;

  static double scale(String feature) {
    int eq = feature.indexOf('=');
    if (eq == 2 && !feature.contains(":")) {
      String prefix = feature.substring(0, 2);
      return switch (prefix) {
        case "dw", "fw", "db", "fb", "dq", "fq", "l1", "l2", "r1", "r2" -> WORD_SCALE;
        default -> 1.0;
      };
    }
    return 1.0;
  }

  // LibLinear's binary logistic regression keeps one weight vector for the first of its labels,
  // with the bias as one more feature of constant value: the weights of CAUSES are those, or
  // their opposites when CAUSES is the second label.
  private static LinkModel export(
      LibLinearClassificationModel trained, double minimum, Set<String> known) {
    Model inner = ((LibLinearModel<Label>) trained).getInnerModels().get(0);
    int causesId = trained.getOutputIDInfo().getID(new Label(CAUSES));
    int[] labels = inner.getLabels();
    double sign = labels.length > 0 && labels[0] == causesId ? 1 : -1;
    double[] w = inner.getFeatureWeights();
    ImmutableFeatureMap features = trained.getFeatureIDMap();
    Map<String, Double> weights = new HashMap<>();
    for (VariableInfo info : features) {
      int id = features.getID(info.getName());
      double weight = sign * w[id] * scale(info.getName());
      if (weight != 0) {
        weights.put(info.getName(), weight);
      }
    }
    double bias = inner.getBias() >= 0 ? sign * w[features.size()] * inner.getBias() : 0;
    return new LinkModel(weights, bias, minimum, known);
  }

  // The exported weights must give what Tribuo gives, up to the digits the file keeps.
  private static void check(
      LibLinearClassificationModel trained, LinkModel model, List<List<String>> examples) {
    int step = Math.max(1, examples.size() / 200);
    for (int i = 0; i < examples.size(); i += step) {
      List<String> features = examples.get(i);
      Prediction<Label> prediction = trained.predict(example(features, LabelFactory.UNKNOWN_LABEL));
      double tribuo =
          Objects.requireNonNull(
                  prediction.getOutputScores().get(CAUSES), "the classifier scores CAUSES")
              .getScore();
      double ours = model.probability(features);
      if (Math.abs(tribuo - ours) > 1e-4) {
        throw new IllegalStateException(
            "The exported link model gives "
                + ours
                + " where Tribuo gives "
                + tribuo
                + " for "
                + features);
      }
    }
  }

  /** Tribuo's version, for the manifest. */
  public static String library() {
    return "tribuo-classification-liblinear " + org.tribuo.Tribuo.VERSION;
  }
}
