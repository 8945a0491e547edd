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
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The concepts the generator writes about, read from the bundled lexicon files, sorted into the
 * pools the templates draw from as {@code kb/synthetic/concepts.tsv} says (imaging sites from
 * {@code kb/synthetic/imaging-sites.tsv}, how names are written from {@link Names}).
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
   * @param sites for imaging, the body parts it is written with ("of the chest"); may be empty
   */
  record Investigation(Term term, Style style, List<String> sites) {}

  // Same order as the extractor's bundled data, so "first file wins" means the same here.
  private static final List<String[]> FILES =
      List.of(
          new String[] {"DIAGNOSIS", "kb/lexicon/diagnoses.tsv"},
          new String[] {"DRUG", "kb/lexicon/drugs.tsv"},
          new String[] {"INVESTIGATION", "kb/lexicon/investigations.tsv"},
          new String[] {"SYMPTOM", "kb/lexicon/symptoms.tsv"});

  private static final String CONCEPTS = "kb/synthetic/concepts.tsv";
  private static final String SITES = "kb/synthetic/imaging-sites.tsv";
  private static final List<String> POOLS =
      List.of(
          "not-complaint",
          "finding",
          "adverse-effect",
          "imaging",
          "lab",
          "test",
          "unused-investigation",
          "laboratory-tests");

  private static volatile @Nullable Vocabulary bundled;

  /** How names are written. */
  final Names names;

  final List<Term> diagnoses;
  final List<Term> complaints;
  final List<Term> findings;
  final List<Term> adverseEffects;
  final List<Term> drugs;
  final List<Investigation> investigations;

  /**
   * "Laboratory tests" (the concepts.tsv pool laboratory-tests), the umbrella for a line of blood
   * results; null if the lexicon lost it.
   */
  final @Nullable Term laboratoryTests;

  private Vocabulary(
      Lexicon lexicon,
      Names names,
      Map<String, List<String>> pools,
      Map<String, List<String>> sites) {
    this.names = names;
    Map<ConceptKind, List<Term>> byKind = new LinkedHashMap<>();
    for (Concept concept : lexicon.concepts()) {
      List<String> written = writableNames(lexicon, concept);
      if (!written.isEmpty()) {
        byKind
            .computeIfAbsent(concept.kind(), k -> new ArrayList<>())
            .add(new Term(concept, written));
      }
    }
    Set<String> notComplaints = Set.copyOf(pool(pools, "not-complaint"));
    Set<String> findingNames = Set.copyOf(pool(pools, "finding"));
    Set<String> adverseNames = Set.copyOf(pool(pools, "adverse-effect"));
    List<Term> symptoms = byKind.getOrDefault(ConceptKind.SYMPTOM, List.of());
    List<Term> diagnosisTerms = byKind.getOrDefault(ConceptKind.DIAGNOSIS, List.of());
    diagnoses = diagnosisTerms;
    drugs = byKind.getOrDefault(ConceptKind.DRUG, List.of());
    complaints =
        symptoms.stream().filter(t -> !notComplaints.contains(t.concept().name())).toList();
    findings = symptoms.stream().filter(t -> findingNames.contains(t.concept().name())).toList();
    List<Term> adverse = new ArrayList<>();
    for (Term t : symptoms) {
      if (adverseNames.contains(t.concept().name())) {
        adverse.add(t);
      }
    }
    for (Term t : diagnosisTerms) {
      if (adverseNames.contains(t.concept().name())) {
        adverse.add(t);
      }
    }
    adverseEffects = List.copyOf(adverse);
    investigations = investigations(byKind, pools, sites);
    laboratoryTests =
        byKind.getOrDefault(ConceptKind.INVESTIGATION, List.of()).stream()
            .filter(t -> pool(pools, "laboratory-tests").contains(t.concept().name()))
            .findFirst()
            .orElse(null);
    for (var pool : List.of(diagnoses, complaints, findings, adverseEffects, drugs)) {
      if (pool.size() < 8) {
        throw new IllegalStateException("The bundled lexicon is too small to write cases from");
      }
    }
  }

  /** A pool of concepts.tsv: the file is read with every pool name as a key, so each has a list. */
  private static List<String> pool(Map<String, List<String>> pools, String name) {
    return Objects.requireNonNull(pools.get(name), () -> "no pool '" + name + "'");
  }

  private static List<Investigation> investigations(
      Map<ConceptKind, List<Term>> byKind,
      Map<String, List<String>> pools,
      Map<String, List<String>> sites) {
    List<Investigation> tests = new ArrayList<>();
    for (Term t : byKind.getOrDefault(ConceptKind.INVESTIGATION, List.of())) {
      String name = t.concept().name();
      if (pool(pools, "unused-investigation").contains(name)) {
        continue;
      }
      Style style =
          pool(pools, "imaging").contains(name)
              ? Style.IMAGING
              : pool(pools, "lab").contains(name)
                  ? Style.LAB
                  : pool(pools, "test").contains(name) ? Style.TEST : Style.PROCEDURE;
      tests.add(new Investigation(t, style, sites.getOrDefault(name, List.of())));
    }
    return List.copyOf(tests);
  }

  /** The vocabulary of the lexicon bundled in this jar; read once, it never changes at run time. */
  static Vocabulary bundled() {
    Vocabulary v = bundled;
    if (v == null) {
      synchronized (Vocabulary.class) {
        v = bundled;
        if (v == null) {
          v =
              new Vocabulary(
                  readBundledLexicon(),
                  Names.bundled(),
                  KeyedLists.read(CONCEPTS, "pool\tconcept", POOLS),
                  KeyedLists.read(SITES, "investigation\tsite", null));
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

  private List<String> writableNames(Lexicon lexicon, Concept concept) {
    List<String> written = new ArrayList<>();
    // "Immunoglobulins, intravenous" is a catalogue name, not something a report writes.
    if (!concept.name().contains(",")) {
      addIfReadBack(lexicon, concept, names.prose(concept.name()), written);
    }
    for (String synonym : concept.synonyms()) {
      if (names.writable(synonym)) {
        addIfReadBack(lexicon, concept, synonym, written);
      }
    }
    return written;
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
}
