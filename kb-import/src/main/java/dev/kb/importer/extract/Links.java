package dev.kb.importer.extract;

import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.extract.Episodes.Timeline;
import dev.kb.importer.extract.LinkFeatures.Candidate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which drug caused which finding, across the sentences of a case: every candidate pair of
 * {@link LinkFeatures} gets the probability the {@link LinkModel} gives it, and becomes a {@code
 * CAUSES} relation carrying that probability as its confidence when it reaches {@link #FLOOR}. A
 * finding with a link at or above the model's minimum is a side effect of the case.
 *
 * <p>A pair is never both caused and treated: the treatment rules' {@code TREATS} stays unless the
 * classifier is confident the drug caused the finding, in which case the {@code TREATS} goes. When
 * a drug is confidently linked to a particular finding, its link to a general word for harm in the
 * same sentence ("cardiotoxicity", "toxicity") goes.
 */
final class Links {

  /**
   * Links less likely than this are not stored at all: below it, cross-validation found fewer than
   * three links in four right (ADR 008), too few to show a researcher who asks for weak links.
   */
  static final double FLOOR = 0.4;

  /**
   * The confidence of a treatment read by the sentence rules: no corpus here marks treatments, so
   * it is not learned (see ADR 008).
   */
  static final double TREATS_CONFIDENCE = 0.8;

  /** The confidence of an investigation's finding read by the sentence rules; not learned. */
  static final double REVEALS_CONFIDENCE = 0.8;

  private final LinkFeatures features;
  private final LinkModel model;

  Links(LinkFeatures features, LinkModel model) {
    this.features = features;
    this.model = model;
  }

  LinkModel model() {
    return model;
  }

  LinkFeatures features() {
    return features;
  }

  /** The relations the classifier leaves, and the candidates it scored. */
  record Decision(List<Relation> causes, List<Relation> treats, List<Scored> scored) {}

  /** A candidate with its probability. */
  record Scored(Candidate candidate, double probability) {}

  /**
   * Scores the candidates of a case and marks the findings confidently caused by a drug as side
   * effects in {@code found}.
   *
   * @param ruleCauses what the side-effect rules link (features, not decisions)
   * @param ruleTreats what the treatment rules link
   */
  Decision decide(
      Document document,
      List<Found> found,
      Timeline timeline,
      CueIndex.DocumentCues hits,
      List<Relation> ruleCauses,
      List<Relation> ruleTreats) {
    int[] exposureOf = exposureOf(timeline, found.size());
    Set<Long> causesKeys = keys(ruleCauses, exposureOf);
    Set<Long> treatsKeys = keys(ruleTreats, exposureOf);
    List<Candidate> candidates =
        features.candidates(document, found, timeline, hits, causesKeys, treatsKeys);
    List<Scored> scored = new ArrayList<>(candidates.size());
    Map<Long, Double> probability = new HashMap<>();
    for (Candidate c : candidates) {
      document.checkBudget();
      // Stored with three digits, and decided on as stored.
      double p =
          round(
              model.probability(
                  model.withPrior(
                      c.features(),
                      found.get(c.drug()).concept().id(),
                      found.get(c.finding()).concept().id())));
      scored.add(new Scored(c, p));
      probability.put(LinkFeatures.key(c.exposure(), c.finding()), p);
    }
    double minimum = model.minimum();
    // A general word for harm gives way to a particular finding the same drug is linked to in the
    // same sentence.
    Set<Long> particular = new HashSet<>();
    for (Scored s : scored) {
      Found finding = found.get(s.candidate().finding());
      if (s.probability() >= minimum && !features.isGenericHarm(finding)) {
        particular.add(LinkFeatures.key(s.candidate().exposure(), finding.sentence()));
      }
    }
    Set<Long> generalGivesWay = new HashSet<>();
    for (Scored s : scored) {
      Candidate c = s.candidate();
      Found finding = found.get(c.finding());
      if (features.isGenericHarm(finding)
          && particular.contains(LinkFeatures.key(c.exposure(), finding.sentence()))) {
        generalGivesWay.add(LinkFeatures.key(c.exposure(), c.finding()));
      }
    }
    List<Relation> treats = new ArrayList<>();
    Set<Long> treated = new HashSet<>();
    for (Relation r : ruleTreats) {
      long key = LinkFeatures.key(exposureOf[r.from()], r.to());
      Double p = exposureOf[r.from()] < 0 ? null : probability.get(key);
      if (p != null && p >= minimum) {
        continue;
      }
      treated.add(key);
      treats.add(r.withConfidence(TREATS_CONFIDENCE));
    }
    List<Relation> causes = new ArrayList<>();
    for (Scored s : scored) {
      Candidate c = s.candidate();
      long key = LinkFeatures.key(c.exposure(), c.finding());
      if (s.probability() < FLOOR || treated.contains(key) || generalGivesWay.contains(key)) {
        continue;
      }
      causes.add(new Relation(RelationType.CAUSES, c.drug(), c.finding(), null, s.probability()));
      if (s.probability() >= minimum) {
        found.set(c.finding(), found.get(c.finding()).as(ConceptKind.SIDE_EFFECT));
      }
    }
    return new Decision(causes, treats, scored);
  }

  // Probabilities stored in the graph need no more than three digits.
  private static double round(double p) {
    return Math.round(p * 1000) / 1000.0;
  }

  private static int[] exposureOf(Timeline timeline, int size) {
    int[] exposureOf = new int[size];
    java.util.Arrays.fill(exposureOf, -1);
    for (Exposure e : timeline.exposures()) {
      for (Episodes.Anchor a : e.anchors()) {
        if (a.found() >= 0) {
          exposureOf[a.found()] = e.index();
        }
      }
    }
    return exposureOf;
  }

  private static Set<Long> keys(List<Relation> relations, int[] exposureOf) {
    Set<Long> keys = new HashSet<>();
    for (Relation r : relations) {
      if (exposureOf[r.from()] >= 0) {
        keys.add(LinkFeatures.key(exposureOf[r.from()], r.to()));
      }
    }
    return keys;
  }
}
