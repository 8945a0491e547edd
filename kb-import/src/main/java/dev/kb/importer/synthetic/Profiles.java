package dev.kb.importer.synthetic;

import dev.kb.importer.synthetic.Vocabulary.Investigation;
import dev.kb.importer.synthetic.Vocabulary.Style;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The clinical picture each diagnosis and each drug has under one seed. The associations are
 * random, but fixed for the seed, so that across many cases a diagnosis keeps returning with the
 * same symptoms, tests and drugs, and a drug with the same harms: cross-case statistics then have
 * something to find.
 */
final class Profiles {

  /** Which patients a diagnosis can occur in. */
  enum Sexes {
    ANY,
    FEMALE,
    MALE
  }

  /**
   * An investigation as done for one diagnosis.
   *
   * @param investigation the test
   * @param site the body part imaged, for imaging
   * @param finding what it shows when abnormal (a sign or a lab abnormality)
   * @param raised for a lab value, whether it is high rather than low
   */
  record Probe(Investigation investigation, @Nullable String site, Term finding, boolean raised) {}

  /**
   * The typical picture of one diagnosis.
   *
   * @param diagnosis the diagnosis
   * @param symptoms its typical symptoms, most typical first
   * @param probes the investigations usually done for it
   * @param drugs the drugs it is treated with, first line first
   * @param differentials diagnoses considered and ruled out
   * @param sexes who can have it
   */
  record DiagnosisProfile(
      Term diagnosis,
      List<Term> symptoms,
      List<Probe> probes,
      List<Term> drugs,
      List<Term> differentials,
      Sexes sexes) {}

  final List<DiagnosisProfile> diagnoses;
  private final Map<String, List<Term>> sideEffects = new HashMap<>();

  Profiles(Vocabulary vocabulary, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    List<DiagnosisProfile> profiles = new ArrayList<>();
    for (Term diagnosis : vocabulary.diagnoses) {
      profiles.add(
          new DiagnosisProfile(
              diagnosis,
              sample(vocabulary.complaints, 4 + random.nextInt(5), random),
              probes(vocabulary, random),
              sample(vocabulary.drugs, 1 + random.nextInt(3), random),
              sample(others(vocabulary.diagnoses, diagnosis), 2 + random.nextInt(2), random),
              sexes(vocabulary.names, diagnosis)));
    }
    // Common diagnoses come first, and which are common depends on the seed too.
    shuffle(profiles, random);
    diagnoses = List.copyOf(profiles);
    for (Term drug : vocabulary.drugs) {
      sideEffects.put(drug.id(), sample(vocabulary.adverseEffects, 1 + random.nextInt(3), random));
    }
  }

  /** The harms {@code drug} is known for under this seed. */
  List<Term> sideEffectsOf(Term drug) {
    return sideEffects.getOrDefault(drug.id(), List.of());
  }

  private static List<Probe> probes(Vocabulary vocabulary, SplittableRandom random) {
    List<Probe> probes = new ArrayList<>();
    List<Investigation> chosen =
        new ArrayList<>(sample(vocabulary.investigations, 1 + random.nextInt(3), random));
    // Imaging is in most real reports; the lexicon's long list of lab tests would crowd it out.
    List<Investigation> imaging =
        vocabulary.investigations.stream().filter(i -> i.style() == Style.IMAGING).toList();
    if (!imaging.isEmpty() && random.nextBoolean()) {
      Investigation scan = imaging.get(random.nextInt(imaging.size()));
      if (!chosen.contains(scan)) {
        chosen.set(0, scan);
      }
    }
    for (Investigation investigation : chosen) {
      List<String> sites = investigation.sites();
      String site = sites.isEmpty() ? null : sites.get(random.nextInt(sites.size()));
      Term finding = vocabulary.findings.get(random.nextInt(vocabulary.findings.size()));
      probes.add(new Probe(investigation, site, finding, random.nextInt(4) != 0));
    }
    return List.copyOf(probes);
  }

  private static Sexes sexes(Names names, Term diagnosis) {
    String name = diagnosis.concept().name();
    if (names.femaleOnly(name)) {
      return Sexes.FEMALE;
    }
    return names.maleOnly(name) ? Sexes.MALE : Sexes.ANY;
  }

  private static List<Term> others(List<Term> pool, Term except) {
    return pool.stream().filter(t -> !t.id().equals(except.id())).toList();
  }

  /** {@code count} distinct items of {@code pool}, in random order. */
  static <T> List<T> sample(List<T> pool, int count, SplittableRandom random) {
    int n = Math.min(count, pool.size());
    List<T> copy = new ArrayList<>(pool);
    for (int i = 0; i < n; i++) {
      int j = i + random.nextInt(copy.size() - i);
      T swap = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, swap);
    }
    return List.copyOf(copy.subList(0, n));
  }

  private static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = list.get(i);
      list.set(i, list.get(j));
      list.set(j, swap);
    }
  }
}
