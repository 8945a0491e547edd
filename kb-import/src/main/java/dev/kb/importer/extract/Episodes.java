package dev.kb.importer.extract;

import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.lexicon.GenericConcepts;
import dev.kb.importer.text.DataFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the treatment episodes of a case: each drug the patient was exposed to, in text order, with
 * every place the text names it (by name, by a class word such as "the beta blocker" when the case
 * names one such drug, or by a reference such as "the medication") and what happened to it
 * (started, dose changed, stopped, replaced, restarted). The link classifier places each finding on
 * these timelines.
 *
 * <p>Linear in the text: one pass over the mentions, the cues of the text's one {@link CueIndex},
 * and each reference resolved by a binary search for the drug named last before it.
 */
final class Episodes {

  /** What happened to a drug, as the text says. */
  enum EventType {
    STARTED,
    DOSE_CHANGED,
    STOPPED,
    SWITCHED,
    RESTARTED
  }

  /** A place the text names the exposure: a mention of the drug, or a reference to it. */
  record Anchor(int sentence, int firstToken, int endToken, int found, boolean reference) {}

  /** Something that happened to the drug, at a token of a sentence. */
  record Event(EventType type, int sentence, int token) {}

  /**
   * The exposures of a case.
   *
   * @param exposures in the order their drugs are first named
   * @param bySentence for each sentence, the exposures named in it
   */
  record Timeline(List<Exposure> exposures, List<List<Integer>> bySentence) {}

  static final String CUES_FILE = "kb/relations/episode-cues.tsv";
  static final String CLASSES_FILE = "kb/relations/drug-class-members.tsv";

  // How many tokens may stand between a class word and the drug it describes.
  private static final int APPOSITION_TOKENS = 6;

  private static final GenericConcepts GENERIC = GenericConcepts.bundled();

  private final int reference;
  private final Map<Integer, EventType> events = new HashMap<>();
  private final Map<String, List<String>> classMembers;
  private final Set<String> drugClasses;

  /**
   * Episodes read with the cue sets of {@code cues} named {@code ep:reference}, {@code ep:start},
   * {@code ep:dose}, {@code ep:stop}, {@code ep:switch} and {@code ep:restart}.
   */
  Episodes(CueIndex cues, Map<String, List<String>> classMembers, Set<String> drugClasses) {
    this.reference = cues.id("ep:reference");
    events.put(cues.id("ep:start"), EventType.STARTED);
    events.put(cues.id("ep:dose"), EventType.DOSE_CHANGED);
    events.put(cues.id("ep:stop"), EventType.STOPPED);
    events.put(cues.id("ep:switch"), EventType.SWITCHED);
    events.put(cues.id("ep:restart"), EventType.RESTARTED);
    this.classMembers = Map.copyOf(classMembers);
    this.drugClasses = Set.copyOf(drugClasses);
  }

  /** The bundled class file, with the cue sets of {@code cues}. */
  static Episodes bundled(CueIndex cues, Set<String> drugClasses) {
    return new Episodes(
        cues, parseClasses(CLASSES_FILE, DataFile.bundled(CLASSES_FILE)), drugClasses);
  }

  /** The exposures of the case whose mentions are {@code found}, given the text's cues. */
  Timeline read(Document document, List<Found> found, CueIndex.DocumentCues hits) {
    List<ExposureBuilder> builders = new ArrayList<>();
    Map<String, ExposureBuilder> byDrug = new HashMap<>();
    int[] exposureOf = new int[found.size()];
    Arrays.fill(exposureOf, -1);

    // Named drugs first: a class word or a reference may point at a drug named after it.
    for (int i = 0; i < found.size(); i++) {
      document.checkBudget();
      Found f = found.get(i);
      if (!isExposure(f) || drugClasses.contains(f.concept().id())) {
        continue;
      }
      ExposureBuilder e = byDrug.get(f.concept().id());
      if (e == null) {
        e = new ExposureBuilder(builders.size(), i, false);
        builders.add(e);
        byDrug.put(f.concept().id(), e);
      }
      e.anchors.add(new Anchor(f.sentence(), f.firstToken(), f.endToken(), i, false));
      exposureOf[i] = e.index;
    }
    // Class words: the drug they describe, a drug of theirs the case names, or an exposure of
    // their own.
    for (int i = 0; i < found.size(); i++) {
      document.checkBudget();
      Found f = found.get(i);
      if (!isExposure(f) || !drugClasses.contains(f.concept().id())) {
        continue;
      }
      int target = describedDrug(found, exposureOf, i);
      if (target < 0) {
        target = memberOfClass(found, builders, f);
      }
      if (target >= 0) {
        builders
            .get(target)
            .anchors
            .add(new Anchor(f.sentence(), f.firstToken(), f.endToken(), i, true));
        exposureOf[i] = target;
        continue;
      }
      ExposureBuilder e = byDrug.get(f.concept().id());
      if (e == null) {
        e = new ExposureBuilder(builders.size(), i, true);
        builders.add(e);
        byDrug.put(f.concept().id(), e);
      }
      e.anchors.add(new Anchor(f.sentence(), f.firstToken(), f.endToken(), i, false));
      exposureOf[i] = e.index;
    }
    int sentences = document.sentences().size();
    List<List<SentenceAnchor>> inSentence = new ArrayList<>(sentences);
    for (int s = 0; s < sentences; s++) {
      inSentence.add(new ArrayList<>());
    }
    for (ExposureBuilder e : builders) {
      for (Anchor a : e.anchors) {
        inSentence.get(a.sentence()).add(new SentenceAnchor(e.index, a));
      }
    }
    // References: "the medication" (a generic concept) and phrases such as "the injections".
    List<Anchor> references = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      document.checkBudget();
      Found f = found.get(i);
      if (f.kind() == ConceptKind.DRUG
          && GENERIC.contains(f.concept().id())
          && !f.flags().negated()) {
        references.add(new Anchor(f.sentence(), f.firstToken(), f.endToken(), i, true));
      }
    }
    BitSet named = new BitSet();
    found.forEach(f -> named.set(f.firstToken(), f.endToken()));
    for (int s = 0; s < sentences; s++) {
      int covered = -1;
      for (CueIndex.Hit hit : hits.inSentenceOrder(s)) {
        // "the medication" is a generic concept too: one reference, not two; and "the drug" in
        // "the offending drug" is the same reference.
        if (hit.set() == reference
            && hit.start() >= covered
            && named.get(hit.start(), hit.end()).isEmpty()) {
          references.add(new Anchor(s, hit.start(), hit.end(), -1, true));
          covered = hit.end();
        }
      }
    }
    List<SentenceAnchor> byName = new ArrayList<>();
    inSentence.forEach(byName::addAll);
    byName.sort((x, y) -> Integer.compare(x.anchor().endToken(), y.anchor().endToken()));
    for (Anchor ref : references) {
      int target = referredTo(byName, ref);
      if (target >= 0) {
        builders.get(target).anchors.add(ref);
        inSentence.get(ref.sentence()).add(new SentenceAnchor(target, ref));
      }
    }
    for (ExposureBuilder e : builders) {
      e.anchors.sort((a, b) -> Integer.compare(a.firstToken(), b.firstToken()));
    }
    // Events: each cue goes to the nearest exposure named in its sentence, found by binary
    // search so a sentence naming many drugs costs no more per cue.
    for (int s = 0; s < sentences; s++) {
      List<SentenceAnchor> here = inSentence.get(s);
      if (here.isEmpty()) {
        continue;
      }
      here.sort((x, y) -> Integer.compare(x.anchor().firstToken(), y.anchor().firstToken()));
      for (CueIndex.Hit hit : hits.inSentenceOrder(s)) {
        EventType type = events.get(hit.set());
        if (type != null) {
          int nearest = nearestAnchor(here, hit);
          builders.get(nearest).events.add(new Event(type, s, hit.start()));
        }
      }
    }
    List<Exposure> exposures = new ArrayList<>(builders.size());
    List<List<Integer>> bySentence = new ArrayList<>(sentences);
    for (ExposureBuilder e : builders) {
      e.events.sort((a, b) -> Integer.compare(a.token(), b.token()));
      exposures.add(new Exposure(e.index, e.firstFound, e.drugClass, e.anchors, e.events));
    }
    for (List<SentenceAnchor> here : inSentence) {
      bySentence.add(here.stream().map(SentenceAnchor::exposure).distinct().toList());
    }
    return new Timeline(List.copyOf(exposures), List.copyOf(bySentence));
  }

  private record SentenceAnchor(int exposure, Anchor anchor) {}

  // The exposure of the anchor nearest to a cue, among anchors sorted by position.
  private static int nearestAnchor(List<SentenceAnchor> sorted, CueIndex.Hit hit) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).anchor().firstToken() < hit.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int best = -1;
    int distance = Integer.MAX_VALUE;
    for (int i = Math.max(0, lo - 1); i < Math.min(sorted.size(), lo + 1); i++) {
      Anchor a = sorted.get(i).anchor();
      int d =
          hit.start() >= a.endToken()
              ? hit.start() - a.endToken()
              : Math.max(0, a.firstToken() - hit.end());
      if (d < distance) {
        distance = d;
        best = sorted.get(i).exposure();
      }
    }
    return best;
  }

  // A drug the patient took: affirmed, not hypothetical, not a relative's, not a generic word.
  private static boolean isExposure(Found f) {
    return f.kind() == ConceptKind.DRUG
        && !f.flags().negated()
        && !f.flags().hypothetical()
        && !f.flags().family()
        && !GENERIC.contains(f.concept().id());
  }

  // "the ACE inhibitor lisinopril", "rapamycin, an immunosuppressive drug": the named drug beside
  // the class word in the same sentence.
  private int describedDrug(List<Found> found, int[] exposureOf, int classWord) {
    Found c = found.get(classWord);
    for (int j : new int[] {classWord - 1, classWord + 1}) {
      if (j < 0 || j >= found.size() || exposureOf[j] < 0) {
        continue;
      }
      Found d = found.get(j);
      int gap = j < classWord ? c.firstToken() - d.endToken() : d.firstToken() - c.endToken();
      if (d.sentence() == c.sentence()
          && !drugClasses.contains(d.concept().id())
          && gap >= 0
          && gap <= APPOSITION_TOKENS) {
        return exposureOf[j];
      }
    }
    return -1;
  }

  // "the chemotherapy" when the case names one antineoplastic drug: the exposure of the member
  // named last before the class word, else the first named after it.
  private int memberOfClass(List<Found> found, List<ExposureBuilder> builders, Found classWord) {
    List<String> prefixes = classMembers.get(classWord.concept().id());
    if (prefixes == null) {
      return -1;
    }
    int before = -1;
    int after = -1;
    for (ExposureBuilder e : builders) {
      if (e.drugClass || e.firstFound < 0 || !isMember(found.get(e.firstFound), prefixes)) {
        continue;
      }
      if (e.anchors.getFirst().firstToken() < classWord.firstToken()) {
        before = e.index;
      } else if (after < 0) {
        after = e.index;
      }
    }
    return before >= 0 ? before : after;
  }

  private static boolean isMember(Found drug, List<String> prefixes) {
    for (String code : drug.concept().codes()) {
      if (code.startsWith("ATC:")) {
        String atc = code.substring(4);
        for (String prefix : prefixes) {
          if (atc.startsWith(prefix)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // The exposure named last before the reference, however far back: case reports name the drug
  // once and then speak of "the drug" for paragraphs.
  private static int referredTo(List<SentenceAnchor> named, Anchor ref) {
    int lo = 0;
    int hi = named.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (named.get(mid).anchor().endToken() <= ref.firstToken()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo == 0 ? -1 : named.get(lo - 1).exposure();
  }

  /** {@code set<TAB>phrase} rows grouped by set, in file order. */
  static Map<String, List<String>> sets(String fileName, String content, String header) {
    Map<String, List<String>> sets = new LinkedHashMap<>();
    for (DataFile.Row row : DataFile.rows(fileName, content, header)) {
      if (row.column(0).isEmpty() || row.column(1).isEmpty()) {
        throw row.error("expected two columns: " + header.replace("\t", "<TAB>"));
      }
      sets.computeIfAbsent(row.column(0), k -> new ArrayList<>()).add(row.column(1));
    }
    return sets;
  }

  private static Map<String, List<String>> parseClasses(String fileName, String content) {
    Map<String, List<String>> classes = new HashMap<>();
    for (DataFile.Row row : DataFile.rows(fileName, content, "class\tatc")) {
      if (row.column(0).isEmpty() || row.column(1).isEmpty()) {
        throw row.error("expected class<TAB>atc");
      }
      classes.put(row.column(0), List.of(row.column(1).split("\\|")));
    }
    return classes;
  }

  private static final class ExposureBuilder {
    final int index;
    int firstFound;
    final boolean drugClass;
    final List<Anchor> anchors = new ArrayList<>();
    final List<Event> events = new ArrayList<>();

    ExposureBuilder(int index, int firstFound, boolean drugClass) {
      this.index = index;
      this.firstFound = firstFound;
      this.drugClass = drugClass;
    }
  }
}
