package dev.kb.importer.extract;

import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.extract.Episodes.Timeline;
import dev.kb.importer.lexicon.GenericConcepts;
import dev.kb.importer.lexicon.Lexicon;
import dev.kb.importer.text.DataFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The (drug exposure, finding) pairs of a case that the link classifier decides on, each with the
 * features {@link PairFeatures} reads for it.
 *
 * <p>Bounded and linear: a finding is paired only with the few exposures named nearest to it within
 * a window of sentences (and those of the title), words between are read only for pairs a few words
 * apart, and cue phrases come from one index of the whole text ({@link CueIndex}).
 */
final class LinkFeatures {

  /**
   * Names the feature set; a trained model records it, and a model trained on another feature set
   * is refused. Change it whenever a feature's meaning changes.
   */
  static final String VERSION = "links-5";

  static final String GENERIC_HARM_FILE = "kb/relations/generic-harm.tsv";

  // Sentences before and after a finding in which a drug may be named to be paired with it.
  static final int WINDOW_SENTENCES = 3;
  // Exposures paired with one finding, the nearest first.
  static final int MAX_EXPOSURES = 4;

  private static final GenericConcepts GENERIC = GenericConcepts.bundled();

  /**
   * One pair to decide on.
   *
   * @param exposure the index of the exposure in the timeline
   * @param drug the found index of the drug mention nearest to the finding (the relation's start)
   * @param finding the found index of the finding
   * @param features the names of the features that hold
   */
  record Candidate(int exposure, int drug, int finding, List<String> features) {}

  private final CueIndex cues;
  private final Set<String> harmWords;
  // Concept names normalised once: extraction asks of the same concepts again and again.
  private final Map<String, Boolean> genericHarm = new ConcurrentHashMap<>();

  LinkFeatures(CueIndex cues, Set<String> harmWords) {
    this.cues = cues;
    this.harmWords = Set.copyOf(harmWords);
  }

  /** The bundled cue files, side-effect, relation and episode cues side by side. */
  static LinkFeatures bundled() {
    Map<String, List<String>> sets = new LinkedHashMap<>();
    sets.putAll(prefixed("se:", SideEffectCues.FILE));
    sets.putAll(prefixed("rc:", BundledData.CUES_FILE));
    sets.putAll(prefixed("ep:", Episodes.CUES_FILE));
    Set<String> harm = new HashSet<>();
    for (DataFile.Row row :
        DataFile.rows(GENERIC_HARM_FILE, DataFile.bundled(GENERIC_HARM_FILE), "word")) {
      harm.add(Lexicon.key(row.column(0)));
    }
    return new LinkFeatures(new CueIndex(sets), harm);
  }

  private static Map<String, List<String>> prefixed(String prefix, String file) {
    return CueIndex.prefixed(prefix, Episodes.sets(file, DataFile.bundled(file), "set\tphrase"));
  }

  /** The cue sets the features read, episode cues among them. */
  CueIndex cues() {
    return cues;
  }

  /** Whether the finding names a drug's harm in general ("cardiotoxicity", "lithium toxicity"). */
  boolean isGenericHarm(Found finding) {
    return genericHarm.computeIfAbsent(
        finding.concept().name(),
        conceptName -> {
          String name = Lexicon.key(conceptName);
          // "toxicity" also ends "cardiotoxicity" and "lithium toxicity".
          return harmWords.stream().anyMatch(name::endsWith);
        });
  }

  /** A finding that may be a drug's side effect: affirmed, about the patient, not generic. */
  static boolean isCandidateFinding(Found f) {
    return (f.kind() == ConceptKind.SYMPTOM || f.kind() == ConceptKind.DIAGNOSIS)
        && !f.flags().negated()
        && !f.flags().hypothetical()
        && !f.flags().family()
        && !GENERIC.contains(f.concept().id());
  }

  /**
   * The candidate pairs of a case, finding by finding in text order.
   *
   * @param hits the cues of the text ({@link #cues()})
   * @param ruleCauses (exposure, finding) pairs the side-effect rules link, as {@link #key}
   * @param ruleTreats the same for the treatment rules
   */
  List<Candidate> candidates(
      Document document,
      List<Found> found,
      Timeline timeline,
      CueIndex.DocumentCues hits,
      Set<Long> ruleCauses,
      Set<Long> ruleTreats) {
    PairFeatures reading =
        new PairFeatures(this, cues, hits, document, found, timeline, ruleCauses, ruleTreats);
    int sentences = timeline.bySentence().size();
    List<Candidate> candidates = new ArrayList<>();
    for (int fi = 0; fi < found.size(); fi++) {
      document.checkBudget();
      Found f = found.get(fi);
      if (!isCandidateFinding(f)) {
        continue;
      }
      Set<Integer> near = new LinkedHashSet<>();
      int from = Math.max(0, f.sentence() - WINDOW_SENTENCES);
      int to = Math.min(sentences - 1, f.sentence() + WINDOW_SENTENCES);
      for (int s = from; s <= to; s++) {
        near.addAll(timeline.bySentence().get(s));
      }
      // The title names the report's drug and what it did: "Lithium-induced diabetes insipidus".
      if (sentences > 0) {
        near.addAll(timeline.bySentence().get(0));
      }
      List<Exposure> ranked = new ArrayList<>();
      near.forEach(i -> ranked.add(timeline.exposures().get(i)));
      ranked.sort(
          Comparator.comparingInt(
                  (Exposure e) ->
                      Math.abs(e.nearest(f.sentence(), f.firstToken()).sentence() - f.sentence()))
              .thenComparingInt(
                  e ->
                      Math.abs(
                          e.nearest(f.sentence(), f.firstToken()).firstToken() - f.firstToken())));
      for (int rank = 0; rank < Math.min(MAX_EXPOSURES, ranked.size()); rank++) {
        Exposure e = ranked.get(rank);
        candidates.add(
            new Candidate(
                e.index(),
                e.nearestMention(f.sentence(), f.firstToken()),
                fi,
                reading.features(e, fi, rank)));
      }
    }
    return candidates;
  }

  /** An (exposure, finding) pair as one number. */
  static long key(int exposure, int finding) {
    return ((long) exposure << 32) | finding;
  }
}
