package dev.kb.importer.synthetic;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.lexicon.Lexicon;
import dev.kb.importer.lexicon.LexiconFile;
import dev.kb.importer.lexicon.LexiconMatch;
import dev.kb.importer.text.DataFile;
import dev.kb.importer.text.Token;
import dev.kb.importer.text.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The concepts the generator writes about, read from the bundled lexicon files, sorted into the
 * pools the templates draw from.
 *
 * <p>Every name kept is one the lexicon reads back as the same concept on its own: the files let
 * two concepts share a name (the first file wins) and some synonyms are adjectives ("febrile"), so
 * writing a name unchecked would make the generated picture disagree with what is extracted.
 */
final class Vocabulary {

  /** What an investigation's result looks like in prose. */
  enum Style {
    /** Imaging: "An MRI of the brain was normal." */
    IMAGING,
    /** A measured value: "Laboratory tests showed elevated CRP." */
    LAB,
    /** A test that is positive or not: "Blood cultures were positive." */
    TEST,
    /** A procedure or examination: "EMG revealed fasciculations." */
    PROCEDURE
  }

  /**
   * An investigation and how its result reads.
   *
   * @param term the investigation
   * @param style how its result is written
   */
  record Investigation(Term term, Style style) {}

  // Same order as the extractor's bundled data, so "first file wins" means the same here.
  private static final List<String[]> FILES =
      List.of(
          new String[] {"DIAGNOSIS", "kb/lexicon/diagnoses.tsv"},
          new String[] {"DRUG", "kb/lexicon/drugs.tsv"},
          new String[] {"INVESTIGATION", "kb/lexicon/investigations.tsv"},
          new String[] {"SYMPTOM", "kb/lexicon/symptoms.tsv"});

  // Eponyms keep their capital when a preferred name is written in running text.
  private static final Set<String> EPONYMS =
      Set.of(
          "parkinson",
          "alzheimer",
          "guillain",
          "barre",
          "crohn",
          "hodgkin",
          "graves",
          "hashimoto",
          "cushing",
          "addison",
          "sjogren",
          "kawasaki",
          "stevens",
          "johnson",
          "lyme",
          "down",
          "bell",
          "isaacs",
          "wolff",
          "white",
          "raynaud",
          "duchenne",
          "helicobacter",
          "gram",
          "apgar",
          "holter",
          "gehrig",
          "lou",
          "b",
          "c",
          "g",
          "k");

  // Symptom-file entries that are findings on a scan or a lab value rather than complaints.
  private static final Set<String> NOT_COMPLAINTS =
      Set.of(
          "Metastasis",
          "Hematoma",
          "Aneurysm",
          "Neoplasm",
          "Necrosis",
          "Fibrosis",
          "Ischemia",
          "Dilatation",
          "Stenosis",
          "Fistula",
          "Varices",
          "Hypokinesia",
          "Mitral regurgitation",
          "Tricuspid regurgitation",
          "Pulmonary infiltrates",
          "Hepatotoxicity",
          "Neurotoxicity",
          "Cardiotoxicity",
          "Toxicity",
          "Poisoning",
          "Cardiomegaly",
          "Pericardial effusion",
          "Pleural effusion",
          "Proteinuria",
          "Hyponatremia",
          "Hypernatremia",
          "Hypokalemia",
          "Hyperkalemia",
          "Hypocalcemia",
          "Hypercalcemia",
          "Leukocytosis",
          "Leukopenia",
          "Neutropenia",
          "Eosinophilia",
          "Thrombocytopenia",
          "Hypoxemia",
          "Crackles",
          "Pain");

  // What investigations show: signs, scan findings and lab abnormalities.
  private static final Set<String> FINDINGS =
      Set.of(
          "Fasciculations",
          "Hepatomegaly",
          "Splenomegaly",
          "Ascites",
          "Pleural effusion",
          "Pericardial effusion",
          "Cardiomegaly",
          "Pulmonary infiltrates",
          "Lymphadenopathy",
          "Edema",
          "Metastasis",
          "Hematoma",
          "Aneurysm",
          "Neoplasm",
          "Necrosis",
          "Fibrosis",
          "Ischemia",
          "Dilatation",
          "Stenosis",
          "Fistula",
          "Varices",
          "Hypokinesia",
          "Mitral regurgitation",
          "Tricuspid regurgitation",
          "Papilledema",
          "Abdominal mass",
          "Skin nodule",
          "Tachycardia",
          "Bradycardia",
          "Anemia",
          "Thrombocytopenia",
          "Leukocytosis",
          "Neutropenia",
          "Eosinophilia",
          "Hyponatremia",
          "Hypokalemia",
          "Hyperkalemia",
          "Hypocalcemia",
          "Hypercalcemia",
          "Hyperglycemia",
          "Hypoglycemia",
          "Proteinuria",
          "Hematuria",
          "Hypoxemia",
          "Crackles",
          "Hepatosplenomegaly",
          "Heart murmur");

  // Harms drugs are known for; symptoms and a few disorders.
  private static final Set<String> ADVERSE_EFFECTS =
      Set.of(
          "Nausea",
          "Vomiting",
          "Diarrhea",
          "Constipation",
          "Rash",
          "Pruritus",
          "Urticaria",
          "Dizziness",
          "Somnolence",
          "Headache",
          "Fatigue",
          "Tremor",
          "Insomnia",
          "Weight gain",
          "Hyponatremia",
          "Hypokalemia",
          "Hyperkalemia",
          "Hypoglycemia",
          "Hepatotoxicity",
          "Neurotoxicity",
          "Cardiotoxicity",
          "Neutropenia",
          "Thrombocytopenia",
          "Leukopenia",
          "Alopecia",
          "Dry mouth",
          "Bradycardia",
          "Hypotension",
          "Edema",
          "Photosensitivity",
          "Confusion",
          "Ataxia",
          "Diplopia",
          "Blurred vision",
          "Myalgia",
          "Cough",
          "Agitation",
          "Anemia",
          "Gynecomastia",
          "Abnormal bleeding",
          "Maculopapular exanthema",
          "Tachycardia",
          "Palpitations",
          "Hyperglycemia",
          "Paresthesia",
          "Anorexia",
          "Stevens-Johnson syndrome",
          "Rhabdomyolysis",
          "Serotonin syndrome",
          "Neuroleptic malignant syndrome",
          "Anaphylaxis",
          "Acute kidney injury",
          "Acute pancreatitis",
          "Drug reaction with eosinophilia and systemic symptoms");

  private static final Set<String> IMAGING =
      Set.of(
          "Magnetic resonance imaging",
          "Computed tomography",
          "Positron emission tomography",
          "Ultrasonography",
          "Radiography",
          "Computed tomography angiography",
          "Magnetic resonance angiography");

  private static final Set<String> LABS =
      Set.of(
          "C-Reactive protein",
          "Creatine kinase",
          "Erythrocyte sedimentation rate",
          "Troponin",
          "Ferritin",
          "Creatinine",
          "Blood urea nitrogen",
          "Potassium",
          "Sodium",
          "Calcium",
          "Magnesium",
          "Phosphorus",
          "Bilirubin",
          "Alanine transaminase",
          "Aspartate aminotransferase",
          "Alkaline phosphatase",
          "gamma-Glutamyltransferase",
          "Lactate dehydrogenase",
          "Brain natriuretic peptide",
          "D-dimer",
          "Leukocyte count",
          "Platelet count",
          "Hemoglobin",
          "Hematocrit",
          "Blood glucose",
          "Glycated hemoglobin",
          "Thyrotropin",
          "Thyroxine",
          "Lactic acid",
          "Ammonia",
          "Prolactin",
          "Cortisol",
          "Lipase",
          "Amylases",
          "Vitamin b12",
          "Folate",
          "Vitamin d",
          "Parathyroid hormone",
          "Fibrinogen",
          "Prothrombin time",
          "Partial thromboplastin time",
          "Serum albumin",
          "Neutrophil count",
          "Lymphocyte count",
          "Carcinoembryonic antigen",
          "Prostate-Specific antigen",
          "CA-125 antigen",
          "Alpha-fetoprotein",
          "Iron",
          "Glomerular filtration rate",
          "Intraocular pressure",
          "Left ventricular ejection fraction",
          "Complement levels",
          "Immunoglobulins",
          "Human chorionic gonadotropin");

  private static final Set<String> TESTS =
      Set.of(
          "Antinuclear antibodies",
          "Antineutrophil cytoplasmic antibodies",
          "Rheumatoid factor",
          "Blood culture",
          "Sputum culture",
          "Microbiological culture",
          "Polymerase chain reaction",
          "Serologic tests",
          "Tuberculin test",
          "Interferon-gamma release tests",
          "Helicobacter pylori test",
          "Toxicology screen",
          "Gram stain",
          "Stool test",
          "Allergy skin test",
          "Genetic testing");

  // Measurements, screening of newborns and post-mortem findings do not fit the templates.
  private static final Set<String> UNUSED_INVESTIGATIONS =
      Set.of(
          "Autopsy",
          "Apgar score",
          "Neonatal screening",
          "Body height",
          "Body weight",
          "Head circumference",
          "Body mass index",
          "Heart rate",
          "Body temperature",
          "Vital signs",
          "pH",
          "Blood pressure determination",
          "Laboratory tests",
          "Diagnostic imaging",
          "Drug monitoring",
          "Karyotyping");

  // Synonyms that read badly after "presented with" or "treated with".
  private static final Set<String> AWKWARD =
      Set.of(
          "short of breath",
          "weak muscles",
          "feeling tired",
          "feeling unwell",
          "feeling down",
          "heart racing",
          "hearing voices",
          "swollen",
          "dizzy",
          "echo",
          "spastic");

  private static volatile @Nullable Vocabulary bundled;

  final List<Term> diagnoses;
  final List<Term> complaints;
  final List<Term> findings;
  final List<Term> adverseEffects;
  final List<Term> drugs;
  final List<Investigation> investigations;

  /** "Laboratory tests", the umbrella for a line of blood results; null if the lexicon lost it. */
  final @Nullable Term laboratoryTests;

  private Vocabulary(Lexicon lexicon) {
    Map<ConceptKind, List<Term>> byKind = new LinkedHashMap<>();
    for (Concept concept : lexicon.concepts()) {
      List<String> names = writableNames(lexicon, concept);
      if (!names.isEmpty()) {
        byKind
            .computeIfAbsent(concept.kind(), k -> new ArrayList<>())
            .add(new Term(concept, names));
      }
    }
    List<Term> symptoms = byKind.getOrDefault(ConceptKind.SYMPTOM, List.of());
    List<Term> diagnosisTerms = byKind.getOrDefault(ConceptKind.DIAGNOSIS, List.of());
    diagnoses = diagnosisTerms;
    drugs = byKind.getOrDefault(ConceptKind.DRUG, List.of());
    complaints =
        symptoms.stream().filter(t -> !NOT_COMPLAINTS.contains(t.concept().name())).toList();
    findings = symptoms.stream().filter(t -> FINDINGS.contains(t.concept().name())).toList();
    List<Term> adverse = new ArrayList<>();
    for (Term t : symptoms) {
      if (ADVERSE_EFFECTS.contains(t.concept().name())) {
        adverse.add(t);
      }
    }
    for (Term t : diagnosisTerms) {
      if (ADVERSE_EFFECTS.contains(t.concept().name())) {
        adverse.add(t);
      }
    }
    adverseEffects = List.copyOf(adverse);
    List<Investigation> tests = new ArrayList<>();
    @Nullable Term lab = null;
    for (Term t : byKind.getOrDefault(ConceptKind.INVESTIGATION, List.of())) {
      String name = t.concept().name();
      if (name.equals("Laboratory tests")) {
        lab = t;
      }
      if (UNUSED_INVESTIGATIONS.contains(name)) {
        continue;
      }
      Style style =
          IMAGING.contains(name)
              ? Style.IMAGING
              : LABS.contains(name)
                  ? Style.LAB
                  : TESTS.contains(name) ? Style.TEST : Style.PROCEDURE;
      tests.add(new Investigation(t, style));
    }
    investigations = List.copyOf(tests);
    laboratoryTests = lab;
    for (var pool : List.of(diagnoses, complaints, findings, adverseEffects, drugs)) {
      if (pool.size() < 8) {
        throw new IllegalStateException("The bundled lexicon is too small to write cases from");
      }
    }
  }

  /** The vocabulary of the lexicon bundled in this jar; read once, it never changes at run time. */
  static Vocabulary bundled() {
    Vocabulary v = bundled;
    if (v == null) {
      synchronized (Vocabulary.class) {
        v = bundled;
        if (v == null) {
          v = new Vocabulary(readBundledLexicon());
          bundled = v;
        }
      }
    }
    return v;
  }

  private static Lexicon readBundledLexicon() {
    List<LexiconFile> files = new ArrayList<>();
    for (String[] file : FILES) {
      files.add(new LexiconFile(ConceptKind.valueOf(file[0]), file[1], DataFile.bundled(file[1])));
    }
    return Lexicon.parse(files);
  }

  private static List<String> writableNames(Lexicon lexicon, Concept concept) {
    List<String> names = new ArrayList<>();
    // "Immunoglobulins, intravenous" is a catalogue name, not something a report writes.
    if (!concept.name().contains(",")) {
      addIfReadBack(lexicon, concept, prose(concept.name()), names);
    }
    for (String synonym : concept.synonyms()) {
      if (!AWKWARD.contains(synonym) && !isAdjective(synonym)) {
        addIfReadBack(lexicon, concept, synonym, names);
      }
    }
    return names;
  }

  private static void addIfReadBack(
      Lexicon lexicon, Concept concept, String name, List<String> names) {
    List<Token> tokens = Tokenizer.tokenize(name);
    List<LexiconMatch> matches = lexicon.find(tokens, 0, tokens.size());
    if (matches.size() == 1
        && matches.getFirst().firstToken() == 0
        && matches.getFirst().endToken() == tokens.size()
        && matches.getFirst().concept().id().equals(concept.id())
        && matches.getFirst().concept().kind() == concept.kind()
        && !names.contains(name)) {
      names.add(name);
    }
  }

  // One-word synonyms such as "febrile", "confused" or "hypotensive" describe the patient and
  // cannot follow "presented with".
  private static boolean isAdjective(String synonym) {
    if (synonym.contains(" ") || synonym.chars().filter(Character::isUpperCase).count() >= 2) {
      return false;
    }
    String s = synonym.toLowerCase(Locale.ROOT);
    return s.endsWith("ed")
        || s.endsWith("ic")
        || s.endsWith("ous")
        || s.endsWith("ile")
        || s.endsWith("ive")
        || s.endsWith("ible")
        || s.endsWith("ent")
        || s.endsWith("ose");
  }

  /**
   * A preferred name as running text writes it: lexicon names are sentence case ("Multiple
   * sclerosis"), prose is lower case except for eponyms and abbreviations ("Parkinson disease",
   * "HIV infection").
   */
  static String prose(String name) {
    StringBuilder out = new StringBuilder(name.length());
    int i = 0;
    while (i < name.length()) {
      int end = i;
      while (end < name.length() && Character.isLetterOrDigit(name.charAt(end))) {
        end++;
      }
      if (end == i) {
        out.append(name.charAt(i));
        i++;
        continue;
      }
      String word = name.substring(i, end);
      out.append(keepsCase(word) ? word : word.toLowerCase(Locale.ROOT));
      i = end;
    }
    return out.toString();
  }

  private static boolean keepsCase(String word) {
    long capitals = word.chars().filter(Character::isUpperCase).count();
    boolean mixed = capitals >= 1 && !Character.isUpperCase(word.charAt(0)); // pH, eGFR
    return capitals >= 2 || mixed || EPONYMS.contains(word.toLowerCase(Locale.ROOT));
  }
}
