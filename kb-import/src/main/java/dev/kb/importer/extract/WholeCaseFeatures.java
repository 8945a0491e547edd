package dev.kb.importer.extract;

import dev.kb.importer.extract.Episodes.Timeline;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The link features that read the whole case rather than one pair's sentence: how often and where
 * the case names the drug and the finding's concept, whether they share sentences or the title, and
 * whether the sentence rules link them anywhere in the case. Counted once per case; each pair then
 * costs a bounded amount of work.
 */
final class WholeCaseFeatures {

  // How many of a finding's sentences are checked for a drug named in the same sentence.
  private static final int COOCCURRENCE_CHECKS = 50;

  // Per finding concept, the sentences naming it, in order.
  private final Map<String, List<Integer>> findingSentences = new HashMap<>();
  // Per exposure, the sentences naming it.
  private final List<BitSet> exposureSentences = new ArrayList<>();
  // (exposure, finding concept) pairs some mention of which the rules link.
  private final Set<String> ruleCausesByConcept = new HashSet<>();
  private final Set<String> ruleTreatsByConcept = new HashSet<>();
  private final int mostNamedDrug;
  private final int mostNamedFinding;
  private final boolean titled;

  /**
   * @param ruleCauses (exposure, finding) pairs the side-effect rules link, as {@link
   *     LinkFeatures#key}
   * @param ruleTreats the same for the treatment rules
   */
  WholeCaseFeatures(
      List<Found> found, Timeline timeline, Set<Long> ruleCauses, Set<Long> ruleTreats) {
    for (Found f : found) {
      if (LinkFeatures.isCandidateFinding(f)) {
        List<Integer> list =
            findingSentences.computeIfAbsent(f.concept().id(), k -> new ArrayList<>());
        if (list.isEmpty() || list.getLast() != f.sentence()) {
          list.add(f.sentence());
        }
      }
    }
    int drugs = 0;
    for (Exposure e : timeline.exposures()) {
      BitSet sentences = new BitSet();
      e.anchors().forEach(a -> sentences.set(a.sentence()));
      exposureSentences.add(sentences);
      drugs = Math.max(drugs, e.anchors().size());
    }
    this.mostNamedDrug = drugs;
    int findings = 0;
    for (List<Integer> sentences : findingSentences.values()) {
      findings = Math.max(findings, sentences.size());
    }
    this.mostNamedFinding = findings;
    for (long k : ruleCauses) {
      ruleCausesByConcept.add(entityKey((int) (k >>> 32), found.get((int) k)));
    }
    for (long k : ruleTreats) {
      ruleTreatsByConcept.add(entityKey((int) (k >>> 32), found.get((int) k)));
    }
    this.titled = timeline.bySentence().size() > 1;
  }

  /** Adds to {@code x} what the case says of exposure {@code e} and the finding {@code f}. */
  void add(Set<String> x, Exposure e, Found f) {
    List<Integer> sentences =
        Objects.requireNonNull(
            findingSentences.get(f.concept().id()),
            "features are asked of candidate findings only");
    BitSet drugSentences = exposureSentences.get(e.index());
    int together = 0;
    for (int i = 0; i < Math.min(COOCCURRENCE_CHECKS, sentences.size()); i++) {
      if (drugSentences.get(sentences.get(i))) {
        together++;
      }
    }
    x.add("fn=" + PairFeatures.bucket(sentences.size(), 1, 2, 3));
    x.add("co=" + PairFeatures.bucket(together, 0, 1, 2, 3));
    String key = entityKey(e.index(), f);
    if (ruleCausesByConcept.contains(key)) {
      x.add("ent.rule.causes");
    }
    if (ruleTreatsByConcept.contains(key)) {
      x.add("ent.rule.treats");
    }
    boolean findingTitle = titled && f.sentence() == 0;
    boolean drugTitle = titled && drugSentences.get(0);
    if (findingTitle) {
      x.add("f.s0");
    }
    if (drugTitle) {
      x.add("e.s0");
    }
    if (findingTitle && drugTitle) {
      x.add("both.s0");
    }
    if (drugTitle && titled && sentences.getFirst() == 0) {
      x.add("ent.s0");
    }
    if (e.anchors().size() == mostNamedDrug) {
      x.add("e.main");
    }
    if (sentences.size() == mostNamedFinding) {
      x.add("f.main");
    }
  }

  private static String entityKey(int exposure, Found finding) {
    return exposure + "|" + finding.concept().id();
  }
}
