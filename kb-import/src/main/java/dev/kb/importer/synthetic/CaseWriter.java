package dev.kb.importer.synthetic;

import dev.kb.importer.synthetic.Profiles.DiagnosisProfile;
import dev.kb.importer.synthetic.Profiles.Probe;
import dev.kb.importer.synthetic.Profiles.Sexes;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Writes one case: picks the clinical picture from the profiles, then fills sentence templates.
 *
 * <p>The templates keep in mind how the extractor reads context (its ConText rules): a negation cue
 * reaches up to a dozen words forward to the end of the sentence, so negated findings go last in
 * their sentence or alone in it; "ruled out" reaches both ways, so a ruled-out diagnosis never
 * shares a sentence with the real one; "history of" marks what follows as past, so the current
 * complaint is never introduced as "a two-week history of".
 *
 * <p>Templates use {@code {0}}…{@code {3}} for arguments, {@code {he}}, {@code {his}}, {@code
 * {him}} (capitalised: {@code {He}}, {@code {His}}) for the patient, and {@code [uk|us]} for words
 * spelt differently in British and American English.
 */
final class CaseWriter {

  // Reports run from about 150 to 400 words; short ones get more discussion.
  private static final int MIN_WORDS = 160;

  private static final Template[] INTRO =
      Template.of(
          "{4} {0}-year-old {1} presented with {2}{3}.",
          "{4} {0}-year-old {1} was admitted to hospital with {2}{3}.",
          "A previously healthy {0}-year-old {1} presented to the emergency department with {2}.",
          "We report the case of {5} {0}-year-old {1} who presented with {2}{3}.",
          "{4} {0}-year-old {1} was referred to our [centre|center] because of {2}{3}.",
          "{4} {0}-year-old {1} came to our outpatient clinic complaining of {2}{3}.",
          "{4} {0}-year-old {1} was seen in the clinic with {2}{3}.");

  private static final Template[] MORE_SYMPTOMS =
      Template.of(
          "{He} also reported {0}.",
          "{He} also complained of {0}.",
          "On examination, {he} had {0}.",
          "Examination revealed {0}.",
          "Over the following days, {he} developed {0}.",
          "In addition, {he} noted {0}.",
          "{0} had developed shortly before admission.");

  private static final Template[] NEGATED_ONE =
      Template.of(
          "{He} denied {0}.",
          "There was no {0}.",
          "{He} had no {0}.",
          "{He} reported no {0}.",
          "{0} was absent.",
          "{He} reported {1} without {0}.",
          "{He} had {1}, but no {0}.",
          "There was no evidence of {0}.");

  private static final Template[] NEGATED_TWO =
      Template.of(
          "{He} denied {0} or {1}.",
          "There was no {0} or {1}.",
          "{He} had neither {0} nor {1}.",
          "{He} reported no {0} and no {1}.",
          "{He} reported {2} without {0} or {1}.");

  private static final Template[] SOCIAL =
      Template.of(
          "{He} was a non-smoker and worked as {0}.",
          "{He} worked as {0} and smoked ten cigarettes a day.",
          "{He} worked as {0} and drank alcohol only occasionally.",
          "{He} was retired and lived with {his} partner.");

  private static final String[] JOBS = {
    "a teacher",
    "an electrician",
    "a nurse",
    "a farmer",
    "an accountant",
    "a bus driver",
    "a software engineer",
    "a cleaner",
    "a shop assistant",
    "a builder",
    "a retired engineer",
    "a chef",
  };

  private static final Template[] HISTORY =
      Template.of(
          "{He} had a history of {0}.",
          "{His} past medical history was notable for {0}.", "{His} medical history included {0}.");

  private static final Template[] HISTORY_WITH_DRUG =
      Template.of(
          "{He} had a history of {0}, which was treated with {1}.",
          "{His} past medical history included {0}, for which {he} took {1}.");

  private static final Template[] FAMILY =
      Template.of(
          "{His} {1} had {0}.",
          "{His} {1} also had {0}.",
          "There was a family history of {0}.",
          "{He} had a family history of {0}.");

  // Women at even indices.
  private static final String[] RELATIVES = {
    "mother", "father", "sister", "brother", "grandmother", "grandfather", "aunt", "uncle",
  };

  private static final Template[] IMAGING_NORMAL =
      Template.of(
          "{0} {1} was normal.",
          "{0} {1} showed no abnormalities.",
          "{0} {1} was within normal limits.",
          "{0} {1} did not show any abnormality.");

  private static final Template[] IMAGING_ABNORMAL =
      Template.of(
          "{0} {1} revealed {2}.",
          "{0} {1} showed {2}.", "{0} {1} demonstrated {2}.", "{2} was seen on {3} {1}.");

  private static final Template[] PROCEDURE_NORMAL =
      Template.of(
          "{0} was normal.",
          "{0} showed no abnormalities.",
          "{0} was within normal limits.",
          "The result of {3} was normal.");

  private static final Template[] PROCEDURE_ABNORMAL =
      Template.of(
          "{0} revealed {2}.",
          "{0} showed {2}.", "{0} demonstrated {2}.", "{0} was remarkable for {2}.");

  private static final Template[] TEST_NORMAL =
      Template.of("The result of {0} was normal.", "{0} showed no abnormality.");

  private static final Template[] TEST_POSITIVE =
      Template.of(
          "{0} was positive.", "{0} came back positive.", "The result of {0} was positive.");

  private static final Template[] LAB_ABNORMAL =
      Template.of(
          "{3} showed {1} {0}.",
          "Blood tests revealed {1} {0}.", "{0} was {1}.", "{3} were remarkable for {1} {0}.");

  private static final Template[] LAB_RAISED_TIMES =
      Template.of("{0} was {1} at {2} times the upper limit of normal.");

  private static final Template[] LAB_NORMAL =
      Template.of("{0} was within normal limits.", "{0} was normal.");

  private static final String[] RAISED = {"elevated", "raised", "increased", "high"};
  private static final String[] LOWERED = {"low", "decreased", "reduced"};

  private static final Template[] RULED_OUT_ONE =
      Template.of("{0} was ruled out.", "{0} was excluded.", "{0} was considered but ruled out.");

  private static final Template[] RULED_OUT_TWO =
      Template.of(
          "{0} and {1} were ruled out.", "Other causes, including {0} and {1}, were excluded.");

  private static final Template[] DIAGNOSIS_CERTAIN =
      Template.of(
          "A diagnosis of {0} was made.",
          "{He} was diagnosed with {0}.",
          "The final diagnosis was {0}.",
          "These findings confirmed the diagnosis of {0}.",
          "{0} was diagnosed on the basis of the clinical picture and the results.");

  private static final Template[] DIAGNOSIS_UNCERTAIN =
      Template.of(
          "{0} was suspected.",
          "The most likely diagnosis was {0}.",
          "A working diagnosis of {0} was made.",
          "The findings were consistent with {0}.",
          "Probable {0} was diagnosed.",
          "A diagnosis of possible {0} was made.");

  private static final Template[] TREATMENT =
      Template.of(
          "{He} was treated with {0}{1}.",
          "{0}{1} was started.",
          "Treatment with {0}{1} was initiated.",
          "{He} was started on {0}{1}.",
          "We began treatment with {0}{1}.",
          "{He} received {0}{1}.");

  private static final Template[] NO_EFFECT =
      Template.of(
          "{0} had no effect.",
          "{0} was ineffective.",
          "Despite {0}, {his} symptoms persisted.",
          "There was little improvement on {0}.");

  private static final Template[] SWITCH =
      Template.of(
          "{He} was switched to {0}, after which {his} symptoms improved.",
          "Treatment was changed to {0}, with good effect.",
          "{0} was added, and {his} condition improved.",
          "{0} was started instead.");

  private static final Template[] SIDE_EFFECT =
      Template.of(
          "{He} developed {1} after starting {0}.",
          "{2} after {0} was started, {he} developed {1}.",
          "The course was complicated by {0}-induced {1}.",
          "Treatment was complicated by drug-induced {1}.",
          "{1}, attributed to {0}, led to a dose reduction.",
          "{He} experienced {1} while taking {0}.",
          "{0} was discontinued after {he} developed {1}.",
          "{He} developed {1}, a known side effect of {0}.");

  private static final Template[] SIDE_EFFECT_AFTERMATH =
      Template.of(
          "The {1} resolved after {0} was stopped.", "The dose was reduced and the {1} settled.");

  private static final Template[] OUTCOME =
      Template.of(
          "{His} symptoms improved within {1}.",
          "At follow-up after {1}, {he} was free of symptoms.",
          "The {0} resolved over the following {1}.",
          "{He} made a full recovery and was discharged on day {2}.",
          "{His} condition [stabilised|stabilized] and {he} was discharged home.",
          "{His} {0} gradually improved.",
          "At follow-up {1} later, {he} remained well.");

  private static final Template[] DISCUSSION =
      Template.of(
          "{0} is an important cause of {1} and should be considered early.",
          "This case illustrates the diagnostic challenges posed by {0}.",
          "Early recognition and treatment with {2} led to a [favourable|favorable] outcome.",
          "To our knowledge, few similar cases have been reported in the literature.",
          "The pathophysiology of {0} remains incompletely understood.",
          "Careful clinical assessment and targeted investigations were essential in this patient.",
          "Physicians should be aware of the varied presentations of {0}.",
          "Written informed consent was obtained from the patient for publication of this report.",
          "A multidisciplinary approach was key to the management of this patient.",
          "Prompt diagnosis allowed treatment to begin before complications arose.",
          "We discuss the clinical features, diagnostic work-up and management of this case.",
          "Long-term follow-up is planned to monitor the course of the disease.");

  private static final Template[] TITLE =
      Template.of(
          "{0} presenting with {1}",
          "{0} presenting as {1}: a case report",
          "An unusual presentation of {3}",
          "{0} in {6} {4}-year-old {5}",
          "A case of {3}",
          "{0}: diagnostic challenges and management",
          "{0} treated with {2}");

  private static final Template[] TITLE_SIDE_EFFECT =
      Template.of(
          "{0}-induced {1} in a patient with {2}", "{1} during treatment of {2}: a case report");

  private static final Template[] ONSET =
      Template.of(
          "The symptoms had started {0} earlier and had gradually worsened.",
          "{His} complaints began {0} before presentation and had progressed steadily.",
          "The complaints had been present for {0}, with fluctuating intensity.",
          "According to {him}, the symptoms first appeared {0} ago after a minor viral illness.");

  private static final Template[] VITALS =
      Template.of(
          "{His} blood pressure was {0}/{1} mmHg and {his} pulse was {2} beats per minute.",
          "{His} temperature was 37.{3} degrees Celsius and {his} pulse was {2} beats per minute.",
          "Vital signs on admission were stable, with a blood pressure of {0}/{1} mmHg.");

  private static final Template[] ADMISSION =
      Template.of(
          "{He} was admitted for further investigation.",
          "{He} was [hospitalised|hospitalized] on the medical ward for further work-up.",
          "Given the progression of the complaints, {he} was admitted for a diagnostic work-up.");

  private static final Template[] ROUTINE_BLOODS =
      Template.of(
          "Routine blood tests, including a complete blood count and electrolytes, were otherwise"
              + " normal.",
          "The remaining laboratory values were within normal limits.",
          "Renal and liver function tests were otherwise normal.");

  private static final Template[] COURSE =
      Template.of(
          "{He} was monitored on the ward for {0} days.",
          "The dose was gradually increased over the first weeks.",
          "Regular follow-up visits were arranged in the outpatient clinic.",
          "Physiotherapy was started in parallel.",
          "{He} tolerated the treatment well at first.");

  private static final Template[] SYMPTOM_DETAIL =
      Template.of(
          "The {0} was worse at night and interfered with {his} sleep.",
          "{He} described the {0} as intermittent at first and later constant.",
          "The {0} had limited {his} daily activities considerably.",
          "{He} had tried over-the-counter remedies for the {0} without relief.",
          "The {0} was most pronounced in the morning.");

  private static final Template[] REASONING =
      Template.of(
          "Taken together, the clinical picture and the results pointed to a single diagnosis.",
          "The course of the complaints and the test results were discussed in the team.",
          "In view of these results, further work-up was not considered necessary.");

  private static final Template PHYSICAL_EXAMINATION =
      Template.parse("Physical examination confirmed {0}.");

  private static final String[] HEADINGS_PRESENTATION = {"Case presentation", "Case report"};

  private static final String[] LATER = {
    "Two weeks", "Three days", "A few days", "One month", "Ten days", "Shortly",
  };
  private static final String[] SPELLED_DURATIONS = {
    "two weeks", "a few days", "three months", "one month", "six weeks", "ten days",
  };

  private static final String[] DURATION_UNITS = {"days", "weeks", "months"};
  private static final String[] FREQUENCIES = {"once daily", "twice daily", "three times daily"};
  private static final int[] DOSES = {2, 5, 10, 20, 25, 40, 50, 100, 200, 250, 300, 500, 1000};

  private final CaseGenerator generator;
  private final Vocabulary vocabulary;
  private final SplittableRandom random;
  private final StringBuilder text = new StringBuilder(3000);
  private final boolean uk;
  private boolean female;
  private int words;

  CaseWriter(CaseGenerator generator, SplittableRandom random) {
    this.generator = generator;
    this.vocabulary = generator.vocabulary();
    this.random = random;
    // About two reports in five follow British spelling.
    this.uk = random.nextInt(5) < 2;
  }

  SyntheticCase write(String source) {
    DiagnosisProfile profile = pickDiagnosis();
    female =
        profile.sexes() == Sexes.FEMALE || (profile.sexes() == Sexes.ANY && random.nextBoolean());
    // Adults dominate case reports; about one in eight is a child.
    int age = random.nextInt(8) == 0 ? 1 + random.nextInt(17) : 18 + random.nextInt(78);
    String noun = age < 18 ? (female ? "girl" : "boy") : adultNoun();

    List<Term> symptoms = pickSymptoms(profile);
    List<Term> negated = pickNegated(profile, symptoms);
    List<Term> drugs = profile.drugs();
    Term drug = drugs.get(random.nextInt(drugs.size()));
    boolean switched = random.nextInt(5) == 0;
    Term lastDrug = switched ? otherDrug(profile, drug) : drug;
    List<Term> harms = generator.profiles().sideEffectsOf(lastDrug);
    @Nullable Term harm = !harms.isEmpty() && random.nextInt(10) < 3 ? pick(harms) : null;
    boolean uncertain = random.nextInt(10) < 3;
    // Some reports carry section headings, as journal case reports do.
    boolean headings = random.nextInt(4) == 0;

    String title = title(profile, symptoms, drug, lastDrug, harm, age, noun);
    text.append(title).append("\n\n");
    if (headings) {
      heading(HEADINGS_PRESENTATION[random.nextInt(HEADINGS_PRESENTATION.length)]);
    }
    presentation(age, noun, symptoms, negated);
    investigations(profile, symptoms);
    diagnosis(profile, uncertain);
    treatment(drug, lastDrug, switched, harm, symptoms);
    paragraph();
    if (headings) {
      heading("Discussion");
    }
    discussion(profile, symptoms, lastDrug);

    String report = text.toString().strip();
    return new SyntheticCase(
        source, title, report, profile.diagnosis().id(), age, female ? "female" : "male");
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
      return female ? "lady" : "gentleman";
    }
    if (r < 3) {
      return female ? "female patient" : "male patient";
    }
    return female ? "woman" : "man";
  }

  private List<Term> pickSymptoms(DiagnosisProfile profile) {
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

  private List<Term> pickNegated(DiagnosisProfile profile, List<Term> symptoms) {
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

  private Term otherDrug(DiagnosisProfile profile, Term drug) {
    for (Term candidate : profile.drugs()) {
      if (!candidate.id().equals(drug.id())) {
        return candidate;
      }
    }
    Term any = pick(vocabulary.drugs);
    return any.id().equals(drug.id()) ? vocabulary.drugs.get(0) : any;
  }

  private String title(
      DiagnosisProfile profile,
      List<Term> symptoms,
      Term drug,
      Term lastDrug,
      @Nullable Term harm,
      int age,
      String noun) {
    // The preferred name, not a synonym: a title such as "MS in a woman" would confuse the
    // extractor's reading of the patient's sex ("Ms").
    String dx = profile.diagnosis().preferred();
    int start = text.length();
    if (harm != null && random.nextInt(3) == 0) {
      pick(TITLE_SIDE_EFFECT)
          .appendTo(text, new String[] {lastDrug.preferred(), harm.preferred(), dx}, female, uk);
    } else {
      pick(TITLE)
          .appendTo(
              text,
              new String[] {
                dx,
                symptoms.getFirst().preferred(),
                drug.preferred(),
                dx,
                Integer.toString(age),
                noun
              },
              female,
              uk);
    }
    capitaliseAt(start);
    String title = text.substring(start);
    text.setLength(start);
    return title;
  }

  private void presentation(int age, String noun, List<Term> symptoms, List<Term> negated) {
    int first = Math.min(symptoms.size(), 1 + random.nextInt(2));
    sentence(
        pick(INTRO),
        Integer.toString(age),
        noun,
        list(names(symptoms.subList(0, first)), "and"),
        duration(),
        article(age).equals("an") ? "An" : "A",
        article(age));
    if (random.nextInt(10) < 6) {
      sentence(pick(ONSET), pick(SPELLED_DURATIONS));
    }
    if (random.nextBoolean()) {
      sentence(pick(SYMPTOM_DETAIL), symptoms.getFirst().pick(random));
    }
    if (first < symptoms.size()) {
      sentence(pick(MORE_SYMPTOMS), list(names(symptoms.subList(first, symptoms.size())), "and"));
    }
    int n = 0;
    while (n < negated.size()) {
      String affirmed = symptoms.get(random.nextInt(symptoms.size())).pick(random);
      if (negated.size() - n >= 2 && random.nextBoolean()) {
        sentence(
            pick(NEGATED_TWO),
            negated.get(n).pick(random),
            negated.get(n + 1).pick(random),
            affirmed);
        n += 2;
      } else {
        sentence(pick(NEGATED_ONE), negated.get(n).pick(random), affirmed);
        n++;
      }
    }
    if (age >= 18 && random.nextInt(10) < 4) {
      sentence(pick(SOCIAL), pick(JOBS));
    }
    if (random.nextBoolean()) {
      sentence(
          pick(VITALS),
          Integer.toString(100 + random.nextInt(70)),
          Integer.toString(60 + random.nextInt(35)),
          Integer.toString(55 + random.nextInt(60)),
          Integer.toString(random.nextInt(10)));
    }
    if (random.nextInt(10) < 3) {
      Term past = pastDiagnosis(female);
      if (random.nextBoolean()) {
        List<Term> pastDrugs = generator.profileOf(past).drugs();
        sentence(pick(HISTORY_WITH_DRUG), past.pick(random), pick(pastDrugs).pick(random));
      } else {
        sentence(pick(HISTORY), past.pick(random));
      }
    }
    if (random.nextInt(100) < 15) {
      int relative = random.nextInt(RELATIVES.length);
      // Women are at even indices of RELATIVES.
      sentence(pick(FAMILY), pastDiagnosis(relative % 2 == 0).pick(random), RELATIVES[relative]);
    }
    if (random.nextInt(10) < 4) {
      sentence(pick(ADMISSION));
    }
  }

  private void investigations(DiagnosisProfile profile, List<Term> symptoms) {
    paragraph();
    List<Probe> probes = profile.probes();
    int count = 1 + random.nextInt(probes.size());
    for (Probe probe : Profiles.sample(probes, count, random)) {
      boolean abnormal = random.nextInt(10) < 6;
      String name = probe.investigation().term().pick(random);
      switch (probe.investigation().style()) {
        case IMAGING -> {
          String site = probe.site() == null ? "" : probe.site();
          String finding = probe.finding().pick(random);
          sentence(
              pick(abnormal ? IMAGING_ABNORMAL : IMAGING_NORMAL),
              article(name) + " " + name,
              site,
              finding,
              name);
        }
        case PROCEDURE ->
            sentence(
                pick(abnormal ? PROCEDURE_ABNORMAL : PROCEDURE_NORMAL),
                name,
                "",
                probe.finding().pick(random),
                name);
        case TEST -> sentence(pick(abnormal ? TEST_POSITIVE : TEST_NORMAL), name);
        case LAB -> lab(probe, name, abnormal);
      }
    }
    if (random.nextInt(10) < 4) {
      sentence(pick(ROUTINE_BLOODS));
    }
    // A typical symptom confirmed on examination, so investigations also reveal symptoms.
    if (random.nextInt(4) == 0) {
      sentence(PHYSICAL_EXAMINATION, pick(symptoms).pick(random));
    }
  }

  private void lab(Probe probe, String name, boolean abnormal) {
    if (!abnormal) {
      sentence(pick(LAB_NORMAL), name);
      return;
    }
    String level = probe.raised() ? pick(RAISED) : pick(LOWERED);
    Term umbrella = vocabulary.laboratoryTests;
    String tests = umbrella == null ? "Blood tests" : umbrella.pick(random);
    if (probe.raised() && random.nextInt(4) == 0) {
      sentence(pick(LAB_RAISED_TIMES), name, level, Integer.toString(2 + random.nextInt(9)));
    } else {
      sentence(pick(LAB_ABNORMAL), name, level, "", tests);
    }
  }

  private void diagnosis(DiagnosisProfile profile, boolean uncertain) {
    paragraph();
    if (random.nextInt(10) < 4) {
      List<Term> differentials = profile.differentials();
      if (differentials.size() >= 2 && random.nextBoolean()) {
        sentence(
            pick(RULED_OUT_TWO),
            differentials.get(0).pick(random),
            differentials.get(1).pick(random));
      } else {
        sentence(pick(RULED_OUT_ONE), pick(differentials).pick(random));
      }
    }
    if (random.nextInt(10) < 3) {
      sentence(pick(REASONING));
    }
    sentence(
        pick(uncertain ? DIAGNOSIS_UNCERTAIN : DIAGNOSIS_CERTAIN),
        profile.diagnosis().pick(random));
  }

  private void treatment(
      Term drug, Term lastDrug, boolean switched, @Nullable Term harm, List<Term> symptoms) {
    sentence(pick(TREATMENT), drug.pick(random), dose());
    if (random.nextBoolean()) {
      sentence(pick(COURSE), Integer.toString(3 + random.nextInt(12)));
    }
    if (switched) {
      sentence(pick(NO_EFFECT), drug.pick(random));
      sentence(pick(SWITCH), lastDrug.pick(random));
    }
    if (harm != null) {
      String effect = harm.pick(random);
      sentence(pick(SIDE_EFFECT), lastDrug.pick(random), effect, pick(LATER));
      if (random.nextInt(3) == 0) {
        sentence(pick(SIDE_EFFECT_AFTERMATH), lastDrug.pick(random), effect);
      }
    }
    sentence(
        pick(OUTCOME),
        symptoms.getFirst().pick(random),
        pick(SPELLED_DURATIONS),
        Integer.toString(3 + random.nextInt(12)));
  }

  // Two to four sentences, more while the report is under MIN_WORDS; each at most once.
  private void discussion(DiagnosisProfile profile, List<Term> symptoms, Term drug) {
    int[] order = new int[DISCUSSION.length];
    for (int i = 0; i < order.length; i++) {
      int j = random.nextInt(i + 1);
      order[i] = order[j];
      order[j] = i;
    }
    int wanted = 2 + random.nextInt(3);
    for (int i = 0; i < order.length && (i < wanted || words < MIN_WORDS); i++) {
      sentence(
          DISCUSSION[order[i]],
          profile.diagnosis().pick(random),
          pick(symptoms).pick(random),
          drug.pick(random));
    }
  }

  private String duration() {
    int r = random.nextInt(4);
    if (r == 0) {
      return "";
    }
    int n = 2 + random.nextInt(8);
    String unit = DURATION_UNITS[random.nextInt(DURATION_UNITS.length)];
    return r == 1 ? " of " + n + " " + unit + "' duration" : " for " + n + " " + unit;
  }

  private String dose() {
    if (random.nextInt(5) >= 2) {
      return "";
    }
    return " " + DOSES[random.nextInt(DOSES.length)] + " mg " + pick(FREQUENCIES);
  }

  private void heading(String heading) {
    text.append(heading).append('\n');
    words += 2;
  }

  private void paragraph() {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    text.setLength(end);
    if (end >= 2 && text.charAt(end - 1) == '\n' && text.charAt(end - 2) == '\n') {
      return;
    }
    text.append("\n\n");
  }

  private void sentence(Template template, String... args) {
    int start = text.length();
    template.appendTo(text, args, female, uk);
    capitaliseAt(start);
    boolean inWord = false;
    for (int i = start; i < text.length(); i++) {
      boolean space = text.charAt(i) == ' ';
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    text.append(' ');
  }

  // A sentence may start with a name ("nausea developed ..."); abbreviations and names such as
  // "pH" or "eGFR" keep their case.
  private void capitaliseAt(int start) {
    if (start + 1 < text.length()
        && Character.isLowerCase(text.charAt(start))
        && !Character.isUpperCase(text.charAt(start + 1))) {
      text.setCharAt(start, Character.toUpperCase(text.charAt(start)));
    }
  }

  /** "an 8-year-old", "an 18-year-old", "a 54-year-old". */
  static String article(int number) {
    String digits = Integer.toString(number);
    return digits.startsWith("8") || number == 11 || number == 18 ? "an" : "a";
  }

  /** "a" or "an" by sound: abbreviations are read letter by letter ("an MRI", "a CT"). */
  static String article(String word) {
    if (word.isEmpty()) {
      return "a";
    }
    char first = word.charAt(0);
    boolean spelledOut = word.length() > 1 && Character.isUpperCase(word.charAt(1));
    if (spelledOut || first == 'X') {
      return "AEFHILMNORSX".indexOf(first) >= 0 ? "an" : "a";
    }
    return "aeiouAEIOU".indexOf(first) >= 0 ? "an" : "a";
  }

  /** Names for a list of terms, each picked once. */
  private List<String> names(List<Term> terms) {
    List<String> names = new ArrayList<>(terms.size());
    for (Term t : terms) {
      names.add(t.pick(random));
    }
    return names;
  }

  /** "a, b and c"; American style adds the serial comma. */
  private String list(List<String> items, String conjunction) {
    if (items.size() == 1) {
      return items.getFirst();
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        boolean last = i == items.size() - 1;
        if (last) {
          out.append(items.size() > 2 && !uk ? ", " : " ").append(conjunction).append(' ');
        } else {
          out.append(", ");
        }
      }
      out.append(items.get(i));
    }
    return out.toString();
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

  private <T> T pick(T[] items) {
    return items[random.nextInt(items.length)];
  }
}
