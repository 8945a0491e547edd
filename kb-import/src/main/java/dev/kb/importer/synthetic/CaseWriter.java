package dev.kb.importer.synthetic;

import dev.kb.importer.synthetic.Phrasebook.Group;
import dev.kb.importer.synthetic.Phrasebook.Word;
import dev.kb.importer.synthetic.Phrasebook.WordList;
import dev.kb.importer.synthetic.Profiles.DiagnosisProfile;
import dev.kb.importer.synthetic.Profiles.Probe;
import dev.kb.importer.synthetic.Profiles.Sexes;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Writes one case: picks the clinical picture from the profiles, then fills sentence templates (the
 * wording is in {@code kb/synthetic/templates.tsv} and {@code words.tsv}; see {@link Phrasebook}).
 *
 * <p>The templates keep in mind how the extractor reads context (its ConText rules): a negation cue
 * reaches up to a dozen words forward to the end of the sentence, so negated findings go last in
 * their sentence or alone in it; "ruled out" reaches both ways, so a ruled-out diagnosis never
 * shares a sentence with the real one; "history of" marks what follows as past, so the current
 * complaint is never introduced as "a two-week history of".
 *
 * <p>Every choice draws from the case's one random stream, in a fixed order: the same seed writes
 * the same case only as long as the choices are made in the same order.
 */
final class CaseWriter {

  // Reports run from about 150 to 400 words; short ones get more discussion.
  private static final int MIN_WORDS = 160;

  private final CaseGenerator generator;
  private final Vocabulary vocabulary;
  private final Phrasebook phrasebook;
  private final SplittableRandom random;
  private final DiagnosisProfile profile;
  private final boolean female;
  private final Prose prose;

  /** A writer for one case, whose spelling, diagnosis and patient's sex it chooses first. */
  CaseWriter(CaseGenerator generator, SplittableRandom random) {
    this.generator = generator;
    this.vocabulary = generator.vocabulary();
    this.phrasebook = generator.phrasebook();
    this.random = random;
    // About two reports in five follow British spelling.
    boolean uk = random.nextInt(5) < 2;
    this.profile = pickDiagnosis();
    this.female =
        profile.sexes() == Sexes.FEMALE || (profile.sexes() == Sexes.ANY && random.nextBoolean());
    this.prose = new Prose(phrasebook, random, uk, female);
  }

  SyntheticCase write(String source) {
    // Adults dominate case reports; about one in eight is a child.
    int age = random.nextInt(8) == 0 ? 1 + random.nextInt(17) : 18 + random.nextInt(78);
    String noun = age < 18 ? phrasebook.forSex(WordList.CHILD, female) : adultNoun();

    List<Term> symptoms = pickSymptoms();
    List<Term> negated = pickNegated(symptoms);
    List<Term> drugs = profile.drugs();
    Term drug = drugs.get(random.nextInt(drugs.size()));
    boolean switched = random.nextInt(5) == 0;
    Term lastDrug = switched ? otherDrug(drug) : drug;
    List<Term> harms = generator.profiles().sideEffectsOf(lastDrug);
    @Nullable Term harm = !harms.isEmpty() && random.nextInt(10) < 3 ? pick(harms) : null;
    boolean uncertain = random.nextInt(10) < 3;
    // Some reports carry section headings, as journal case reports do.
    boolean headings = random.nextInt(4) == 0;

    String title = title(symptoms, drug, lastDrug, harm, age, noun);
    prose.title(title);
    if (headings) {
      prose.heading(prose.pick(WordList.PRESENTATION_HEADING));
    }
    presentation(age, noun, symptoms, negated);
    investigations(symptoms);
    diagnosis(uncertain);
    treatment(drug, lastDrug, switched, harm, symptoms);
    prose.paragraph();
    if (headings) {
      prose.heading(phrasebook.only(WordList.DISCUSSION_HEADING));
    }
    discussion(symptoms, lastDrug);

    return new SyntheticCase(
        source, title, prose.text(), profile.diagnosis().id(), age, female ? "female" : "male");
  }

  // Skewed towards the first profiles, so some diagnoses are common and most are rare, as in a
  // real collection of reports.
  private DiagnosisProfile pickDiagnosis() {
    List<DiagnosisProfile> all = generator.diagnoses();
    double u = random.nextDouble();
    return all.get((int) (u * u * all.size()));
  }

  private String adultNoun() {
    int r = random.nextInt(20);
    if (r == 0) {
      return phrasebook.forSex(WordList.ADULT_POLITE, female);
    }
    if (r < 3) {
      return phrasebook.forSex(WordList.ADULT_CLINICAL, female);
    }
    return phrasebook.forSex(WordList.ADULT, female);
  }

  private List<Term> pickSymptoms() {
    List<Term> typical = profile.symptoms();
    int count = Math.min(typical.size(), 2 + random.nextInt(3));
    List<Term> chosen = new ArrayList<>(Profiles.sample(typical, count, random));
    // Now and then a symptom that does not belong: real reports are noisy too.
    if (random.nextInt(6) == 0) {
      Term noise = pick(vocabulary.complaints);
      if (!containsId(chosen, noise)) {
        chosen.add(noise);
      }
    }
    return chosen;
  }

  private List<Term> pickNegated(List<Term> symptoms) {
    int count = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
    List<Term> negated = new ArrayList<>(count);
    for (int tries = 0; negated.size() < count && tries < 20; tries++) {
      Term t = pick(vocabulary.complaints);
      if (!containsId(symptoms, t)
          && !containsId(profile.symptoms(), t)
          && !containsId(negated, t)) {
        negated.add(t);
      }
    }
    return negated;
  }

  // A diagnosis someone of this sex can have had: no ovarian cancer in a man's history.
  private Term pastDiagnosis(boolean woman) {
    Sexes excluded = woman ? Sexes.MALE : Sexes.FEMALE;
    for (int tries = 0; tries < 10; tries++) {
      DiagnosisProfile candidate = pick(generator.diagnoses());
      if (candidate.sexes() != excluded) {
        return candidate.diagnosis();
      }
    }
    return generator.diagnoses().getFirst().diagnosis();
  }

  private Term otherDrug(Term drug) {
    for (Term candidate : profile.drugs()) {
      if (!candidate.id().equals(drug.id())) {
        return candidate;
      }
    }
    Term any = pick(vocabulary.drugs);
    return any.id().equals(drug.id()) ? vocabulary.drugs.get(0) : any;
  }

  private String title(
      List<Term> symptoms, Term drug, Term lastDrug, @Nullable Term harm, int age, String noun) {
    // The preferred name, not a synonym: a title such as "MS in a woman" would confuse the
    // extractor's reading of the patient's sex ("Ms").
    String dx = profile.diagnosis().preferred();
    if (harm != null && random.nextInt(3) == 0) {
      return prose.line(
          prose.pick(Group.TITLE_SIDE_EFFECT), lastDrug.preferred(), harm.preferred(), dx);
    }
    return prose.line(
        prose.pick(Group.TITLE),
        dx,
        symptoms.getFirst().preferred(),
        drug.preferred(),
        Integer.toString(age),
        noun);
  }

  private void presentation(int age, String noun, List<Term> symptoms, List<Term> negated) {
    int first = Math.min(symptoms.size(), 1 + random.nextInt(2));
    prose.sentence(
        prose.pick(Group.INTRO),
        Integer.toString(age),
        noun,
        prose.list(prose.names(symptoms.subList(0, first)), "and"),
        prose.duration(),
        Prose.article(age));
    if (random.nextInt(10) < 6) {
      prose.sentence(prose.pick(Group.ONSET), prose.pick(WordList.PERIOD));
    }
    if (random.nextBoolean()) {
      prose.sentence(prose.pick(Group.SYMPTOM_DETAIL), symptoms.getFirst().pick(random));
    }
    if (first < symptoms.size()) {
      prose.sentence(
          prose.pick(Group.MORE_SYMPTOMS),
          prose.list(prose.names(symptoms.subList(first, symptoms.size())), "and"));
    }
    negations(symptoms, negated);
    if (age >= 18 && random.nextInt(10) < 4) {
      prose.sentence(prose.pick(Group.SOCIAL), prose.pick(WordList.JOB));
    }
    if (random.nextBoolean()) {
      prose.sentence(
          prose.pick(Group.VITALS),
          Integer.toString(100 + random.nextInt(70)),
          Integer.toString(60 + random.nextInt(35)),
          Integer.toString(55 + random.nextInt(60)),
          Integer.toString(random.nextInt(10)));
    }
    if (random.nextInt(10) < 3) {
      Term past = pastDiagnosis(female);
      if (random.nextBoolean()) {
        List<Term> pastDrugs = generator.profileOf(past).drugs();
        prose.sentence(
            prose.pick(Group.HISTORY_WITH_DRUG), past.pick(random), pick(pastDrugs).pick(random));
      } else {
        prose.sentence(prose.pick(Group.HISTORY), past.pick(random));
      }
    }
    if (random.nextInt(100) < 15) {
      Word relative = prose.pickWord(WordList.RELATIVE);
      prose.sentence(
          prose.pick(Group.FAMILY),
          pastDiagnosis("female".equals(relative.sex())).pick(random),
          relative.text());
    }
    if (random.nextInt(10) < 4) {
      prose.sentence(prose.pick(Group.ADMISSION));
    }
  }

  // Symptoms the patient did not have, one or two to a sentence.
  private void negations(List<Term> symptoms, List<Term> negated) {
    int n = 0;
    while (n < negated.size()) {
      String affirmed = symptoms.get(random.nextInt(symptoms.size())).pick(random);
      if (negated.size() - n >= 2 && random.nextBoolean()) {
        prose.sentence(
            prose.pick(Group.NEGATED_TWO),
            negated.get(n).pick(random),
            negated.get(n + 1).pick(random),
            affirmed);
        n += 2;
      } else {
        prose.sentence(prose.pick(Group.NEGATED_ONE), negated.get(n).pick(random), affirmed);
        n++;
      }
    }
  }

  private void investigations(List<Term> symptoms) {
    prose.paragraph();
    List<Probe> probes = profile.probes();
    int count = 1 + random.nextInt(probes.size());
    for (Probe probe : Profiles.sample(probes, count, random)) {
      boolean abnormal = random.nextInt(10) < 6;
      String name = probe.investigation().term().pick(random);
      switch (probe.investigation().style()) {
        case IMAGING -> {
          String site = probe.site() == null ? "" : probe.site();
          String finding = probe.finding().pick(random);
          prose.sentence(
              prose.pick(abnormal ? Group.IMAGING_ABNORMAL : Group.IMAGING_NORMAL),
              Prose.article(name) + " " + name,
              site,
              finding,
              name);
        }
        case PROCEDURE ->
            prose.sentence(
                prose.pick(abnormal ? Group.PROCEDURE_ABNORMAL : Group.PROCEDURE_NORMAL),
                name,
                probe.finding().pick(random));
        case TEST ->
            prose.sentence(prose.pick(abnormal ? Group.TEST_POSITIVE : Group.TEST_NORMAL), name);
        case LAB -> lab(probe, name, abnormal);
      }
    }
    if (random.nextInt(10) < 4) {
      prose.sentence(prose.pick(Group.ROUTINE_BLOODS));
    }
    // A typical symptom confirmed on examination, so investigations also reveal symptoms.
    if (random.nextInt(4) == 0) {
      prose.sentence(phrasebook.only(Group.PHYSICAL_EXAMINATION), pick(symptoms).pick(random));
    }
  }

  private void lab(Probe probe, String name, boolean abnormal) {
    if (!abnormal) {
      prose.sentence(prose.pick(Group.LAB_NORMAL), name);
      return;
    }
    String level = probe.raised() ? prose.pick(WordList.RAISED) : prose.pick(WordList.LOWERED);
    Term umbrella = vocabulary.laboratoryTests;
    String tests = umbrella == null ? phrasebook.only(WordList.LAB_TESTS) : umbrella.pick(random);
    if (probe.raised() && random.nextInt(4) == 0) {
      prose.sentence(
          prose.pick(Group.LAB_RAISED_TIMES), name, level, Integer.toString(2 + random.nextInt(9)));
    } else {
      prose.sentence(prose.pick(Group.LAB_ABNORMAL), name, level, tests);
    }
  }

  private void diagnosis(boolean uncertain) {
    prose.paragraph();
    if (random.nextInt(10) < 4) {
      List<Term> differentials = profile.differentials();
      if (differentials.size() >= 2 && random.nextBoolean()) {
        prose.sentence(
            prose.pick(Group.RULED_OUT_TWO),
            differentials.get(0).pick(random),
            differentials.get(1).pick(random));
      } else {
        prose.sentence(prose.pick(Group.RULED_OUT_ONE), pick(differentials).pick(random));
      }
    }
    if (random.nextInt(10) < 3) {
      prose.sentence(prose.pick(Group.REASONING));
    }
    prose.sentence(
        prose.pick(uncertain ? Group.DIAGNOSIS_UNCERTAIN : Group.DIAGNOSIS_CERTAIN),
        profile.diagnosis().pick(random));
  }

  private void treatment(
      Term drug, Term lastDrug, boolean switched, @Nullable Term harm, List<Term> symptoms) {
    prose.sentence(prose.pick(Group.TREATMENT), drug.pick(random), prose.dose());
    if (random.nextBoolean()) {
      prose.sentence(prose.pick(Group.COURSE), Integer.toString(3 + random.nextInt(12)));
    }
    if (switched) {
      prose.sentence(prose.pick(Group.NO_EFFECT), drug.pick(random));
      prose.sentence(prose.pick(Group.SWITCH), lastDrug.pick(random));
    }
    if (harm != null) {
      String effect = harm.pick(random);
      prose.sentence(
          prose.pick(Group.SIDE_EFFECT), lastDrug.pick(random), effect, prose.pick(WordList.WHEN));
      if (random.nextInt(3) == 0) {
        prose.sentence(prose.pick(Group.SIDE_EFFECT_AFTERMATH), lastDrug.pick(random), effect);
      }
    }
    prose.sentence(
        prose.pick(Group.OUTCOME),
        symptoms.getFirst().pick(random),
        prose.pick(WordList.PERIOD),
        Integer.toString(3 + random.nextInt(12)));
  }

  // Two to four sentences, more while the report is under MIN_WORDS; each at most once.
  private void discussion(List<Term> symptoms, Term drug) {
    Template[] discussion = phrasebook.templates(Group.DISCUSSION);
    int[] order = new int[discussion.length];
    for (int i = 0; i < order.length; i++) {
      int j = random.nextInt(i + 1);
      order[i] = order[j];
      order[j] = i;
    }
    int wanted = 2 + random.nextInt(3);
    for (int i = 0; i < order.length && (i < wanted || prose.words() < MIN_WORDS); i++) {
      prose.sentence(
          discussion[order[i]],
          profile.diagnosis().pick(random),
          pick(symptoms).pick(random),
          drug.pick(random));
    }
  }

  private static boolean containsId(List<Term> terms, Term term) {
    for (Term t : terms) {
      if (t.id().equals(term.id())) {
        return true;
      }
    }
    return false;
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
