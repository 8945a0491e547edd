package dev.kb.importer.synthetic;

import dev.kb.importer.synthetic.Profiles.DiagnosisProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes realistic short clinical case reports from a seed, for scale tests and benchmarks.
 *
 * <p>The same seed always gives the same cases, and case {@code n} depends only on the seed and
 * {@code n}, so cases can be written in any order or in parallel. Instances are immutable and
 * thread-safe.
 *
 * <p>Under one seed every diagnosis has a fixed profile of typical symptoms, investigations, drugs
 * and ruled-out alternatives, and every drug a fixed profile of side effects; cases draw from these
 * profiles with some noise, so statistics across many cases (the symptoms of a diagnosis, a drug's
 * side effects) are meaningful.
 */
public final class CaseGenerator {

  private final long seed;
  private final Vocabulary vocabulary;
  private final Phrasebook phrasebook;
  private final Profiles profiles;
  private final Map<String, DiagnosisProfile> byDiagnosis = new HashMap<>();

  private CaseGenerator(long seed, Vocabulary vocabulary, Phrasebook phrasebook) {
    this.seed = seed;
    this.vocabulary = vocabulary;
    this.phrasebook = phrasebook;
    this.profiles = new Profiles(vocabulary, seed);
    for (DiagnosisProfile profile : profiles.diagnoses) {
      byDiagnosis.put(profile.diagnosis().id(), profile);
    }
  }

  /**
   * A generator writing from the lexicon bundled in this jar, with the wording bundled under {@code
   * kb/synthetic/}.
   */
  public static CaseGenerator withBundledLexicon(long seed) {
    return new CaseGenerator(seed, Vocabulary.bundled(), Phrasebook.bundled());
  }

  /** The seed the cases are derived from. */
  public long seed() {
    return seed;
  }

  /** Case number {@code number} of this seed; the same every time it is asked for. */
  public SyntheticCase generate(long number) {
    // A per-case stream keyed on (seed, number) rather than one shared stream: case n must not
    // depend on how many cases were written before it.
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + number);
    return new CaseWriter(this, random).write("synthetic:" + seed + ":" + number);
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  Phrasebook phrasebook() {
    return phrasebook;
  }

  Profiles profiles() {
    return profiles;
  }

  /** The profiles, most common diagnosis first. */
  List<DiagnosisProfile> diagnoses() {
    return profiles.diagnoses;
  }

  DiagnosisProfile profileOf(Term diagnosis) {
    DiagnosisProfile profile = byDiagnosis.get(diagnosis.id());
    if (profile == null) {
      throw new IllegalArgumentException("No profile for " + diagnosis.id());
    }
    return profile;
  }
}
