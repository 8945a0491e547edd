package dev.kb.importer.extract;

import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.extract.Episodes.Anchor;
import dev.kb.importer.extract.Episodes.Event;
import dev.kb.importer.extract.Episodes.Timeline;
import dev.kb.importer.text.Token;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The features of the (drug exposure, finding) pairs of one case: where the finding stands on the
 * drug's timeline, how far apart they are, the words and cue phrases between and around them, what
 * the sentence rules say of them, the finding's context, and how often and where the case names
 * each ({@link WholeCaseFeatures}). Reads the case once; each pair then costs a bounded amount of
 * work.
 *
 * <p>Findings listed together ("drowsiness, dizziness and ataxia") and drugs named together
 * ("cyclosporin and methotrexate") are read as one stretch of text ({@link MentionLists}): what
 * stands between a drug and a list is what stands between it and each finding of the list.
 */
final class PairFeatures {

  // The words between a drug and a finding are features up to this many tokens apart.
  private static final int BETWEEN_TOKENS = 20;
  // The words between as one feature up to this many: "induced_by", "due_to".
  private static final int SEQUENCE_TOKENS = 4;
  // How many words before the finding an indication cue may stand: "treatment of advanced".
  private static final int INDICATION_REACH = 3;
  // How many words before a mention its leading cues are read from.
  private static final int LEADING_CUES = 3;

  private final LinkFeatures links;
  private final CueIndex cues;
  private final CueIndex.DocumentCues hits;
  private final Document document;
  private final List<Token> tokens;
  private final List<Found> found;
  private final Timeline timeline;
  private final Set<Long> ruleCauses;
  private final Set<Long> ruleTreats;
  private final MentionLists lists;
  private final WholeCaseFeatures wholeCase;
  private final int indication;
  private final int indicationSe;
  private final int person;
  private final int resolution;
  private final int recurrence;
  private final int onset;

  PairFeatures(
      LinkFeatures links,
      CueIndex cues,
      CueIndex.DocumentCues hits,
      Document document,
      List<Found> found,
      Timeline timeline,
      Set<Long> ruleCauses,
      Set<Long> ruleTreats) {
    this.links = links;
    this.cues = cues;
    this.hits = hits;
    this.document = document;
    this.tokens = document.tokens();
    this.found = found;
    this.timeline = timeline;
    this.ruleCauses = ruleCauses;
    this.ruleTreats = ruleTreats;
    this.indication = set("rc:indication");
    this.indicationSe = set("se:indication");
    this.person = set("se:person");
    this.resolution = set("ep:resolution");
    this.recurrence = set("ep:recurrence");
    this.onset = set("se:onset");
    this.lists = new MentionLists(document, found);
    this.wholeCase = new WholeCaseFeatures(found, timeline, ruleCauses, ruleTreats);
  }

  private int set(String name) {
    return cues.id(name);
  }

  /** The features of the pair of exposure {@code e} and the finding {@code fi}. */
  List<String> features(Exposure e, int fi, int rank) {
    Found f = found.get(fi);
    Anchor a = e.nearest(f.sentence(), f.firstToken());
    Set<String> x = new LinkedHashSet<>();
    int sd = Math.abs(a.sentence() - f.sentence());
    String sdName = sd >= 3 ? "3+" : Integer.toString(sd);
    x.add("sd=" + sdName);
    x.add("rank=" + Math.min(rank, 2));
    boolean drugFirst = a.firstToken() < f.firstToken();
    x.add(drugFirst ? "order=df" : "order=fd");
    x.add(!a.reference() ? "anchor=name" : a.found() >= 0 ? "anchor=word" : "anchor=phrase");
    if (ruleCauses.contains(LinkFeatures.key(e.index(), fi))) {
      x.add("rule.causes");
      x.add("rule.causes&sd=" + sdName);
    }
    if (ruleTreats.contains(LinkFeatures.key(e.index(), fi))) {
      x.add("rule.treats");
    }
    if (sd == 0) {
      sameSentence(x, a, fi, drugFirst);
    }
    cuesBefore(x, "dl=", a.sentence(), a.found() >= 0 ? lists.first(a.found()) : a.firstToken());
    BitSet fs = hits.inSentence(f.sentence());
    for (int set = fs.nextSetBit(0); set >= 0; set = fs.nextSetBit(set + 1)) {
      x.add("fs=" + cues.name(set));
    }
    if (sd > 0) {
      BitSet as = hits.inSentence(a.sentence());
      for (int set = as.nextSetBit(0); set >= 0; set = as.nextSetBit(set + 1)) {
        x.add("as=" + cues.name(set));
      }
    }
    finding(x, f, fi);
    wholeCase.add(x, e, f);
    exposure(x, e);
    timeline(x, e, f);
    return List.copyOf(x);
  }

  // The words and cues between and around a drug and a finding of one sentence.
  private void sameSentence(Set<String> x, Anchor a, int fi, boolean drugFirst) {
    Found f = found.get(fi);
    // A list is one stretch: what stands between the drug and the list.
    int drugFirstToken = a.found() >= 0 ? lists.first(a.found()) : a.firstToken();
    int drugEndToken = a.found() >= 0 ? lists.end(a.found()) : a.endToken();
    int from = drugFirst ? drugEndToken : lists.end(fi);
    int to = drugFirst ? lists.first(fi) : drugFirstToken;
    if (to < from) {
      // The drug inside the finding's list ("rash, amoxicillin and fever"): as written.
      from = drugFirst ? a.endToken() : f.endToken();
      to = drugFirst ? f.firstToken() : a.firstToken();
    }
    if (lists.inList(fi)) {
      x.add("f.list");
    }
    if (a.found() >= 0
        && lists.end(a.found()) - lists.first(a.found()) > a.endToken() - a.firstToken()) {
      x.add("d.list");
    }
    int gap = Math.max(0, to - from);
    x.add("gap=" + bucket(gap, 0, 1, 2, 3, 5, 8, 13, 21));
    String dir = drugFirst ? "d" : "f";
    if (gap <= BETWEEN_TOKENS) {
      StringBuilder sequence = new StringBuilder();
      for (int t = from; t < to; t++) {
        String w = word(tokens.get(t));
        x.add(dir + "w=" + w);
        if (t + 1 < to) {
          x.add(dir + "b=" + w + "_" + word(tokens.get(t + 1)));
        }
        sequence.append(t == from ? "" : "_").append(w);
      }
      if (gap <= SEQUENCE_TOKENS) {
        x.add(dir + "q=" + sequence);
      }
      BitSet between = hits.between(f.sentence(), from, to);
      for (int set = between.nextSetBit(0); set >= 0; set = between.nextSetBit(set + 1)) {
        x.add(dir + "c=" + cues.name(set));
      }
      int others = 0;
      int drugs = 0;
      for (int k = firstAtOrAfter(from); k < found.size() && found.get(k).firstToken() < to; k++) {
        Found named = found.get(k);
        if (named.kind() == ConceptKind.DRUG) {
          drugs++;
        } else if (LinkFeatures.isCandidateFinding(named)) {
          others++;
        }
      }
      x.add("bd=" + Math.min(drugs, 2));
      x.add("bf=" + Math.min(others, 2));
    } else {
      x.add("gap=long");
    }
    int left = Math.min(drugFirst ? drugFirstToken : lists.first(fi), a.firstToken());
    int right = Math.max(drugFirst ? lists.end(fi) : drugEndToken, a.endToken());
    int sentenceStart = document.sentenceStart(f.sentence());
    int sentenceEnd = document.sentenceEnd(f.sentence());
    for (int k = 1; k <= 2; k++) {
      x.add("l" + k + "=" + (left - k >= sentenceStart ? word(tokens.get(left - k)) : "^"));
      x.add("r" + k + "=" + (right + k - 1 < sentenceEnd ? word(tokens.get(right + k - 1)) : "$"));
    }
  }

  private void cuesBefore(Set<String> x, String prefix, int sentence, int token) {
    int from = Math.max(document.sentenceStart(sentence), token - LEADING_CUES);
    BitSet leading = hits.between(sentence, from, token);
    for (int set = leading.nextSetBit(0); set >= 0; set = leading.nextSetBit(set + 1)) {
      x.add(prefix + cues.name(set));
    }
  }

  // The finding's own context.
  private void finding(Set<String> x, Found f, int fi) {
    x.add("fk=" + f.kind().name());
    if (f.flags().historical()) {
      x.add("f.historical");
    }
    if (f.flags().possible()) {
      x.add("f.possible");
    }
    if (f.flags().ended()) {
      x.add("f.ended");
    }
    if (links.isGenericHarm(f)) {
      x.add("f.harm");
    }
    int start = lists.first(fi);
    int sentenceStart = document.sentenceStart(f.sentence());
    BitSet before =
        hits.between(f.sentence(), Math.max(sentenceStart, start - INDICATION_REACH), start);
    // "a man with bipolar disorder developed tremor": the tremor is what he developed, not what
    // he had.
    if ((before.get(indication) || before.get(indicationSe)) && !before.get(onset)) {
      x.add("f.indication");
    }
    // The cues just before the finding and just before the drug's nearest name: "side effects
    // of the drug", "such as", "treated with", "resistant to".
    cuesBefore(x, "fl=", f.sentence(), start);
    if (hits.between(f.sentence(), f.endToken(), f.endToken() + 2).get(person)) {
      x.add("f.person-after");
    }
    String section =
        section(document.sentenceStart(f.sentence()), document.sentenceEnd(f.sentence()));
    if (section != null) {
      x.add("sec=" + section);
    }
  }

  private void exposure(Set<String> x, Exposure e) {
    x.add("en=" + bucket(e.anchors().size(), 1, 2, 3, 6));
    x.add("ne=" + bucket(timeline.exposures().size(), 1, 2, 3, 5));
    if (e.drugClass()) {
      x.add("e.class");
    }
    if (e.hasReference()) {
      x.add("e.refs");
    }
    Found drug = found.get(e.firstFound());
    if (drug.flags().possible()) {
      x.add("d.possible");
    }
    if (drug.flags().historical()) {
      x.add("d.historical");
    }
  }

  // The finding on the drug's timeline: before it, while on it, after it was stopped; and whether
  // stopping it made the finding go (dechallenge) or giving it again brought it back.
  private void timeline(Set<String> x, Exposure e, Found f) {
    int last = timeline.bySentence().size() - 1;
    // Text order is time order between sentences, not inside one ("rash appeared after
    // switching to lamotrigine").
    if (e.anchors().getFirst().sentence() > f.sentence()) {
      x.add("t=before");
    } else if (e.stoppedBefore(f.firstToken())) {
      x.add("t=after-stop");
    } else {
      x.add("t=during");
    }
    Event stop = e.stopAfter(f.firstToken());
    if (stop != null && stop.sentence() <= f.sentence() + 3) {
      x.add("stop-after");
      for (int s = stop.sentence(); s <= Math.min(stop.sentence() + 2, last); s++) {
        if (hits.inSentence(s).get(resolution)) {
          x.add("dechallenge");
          break;
        }
      }
    }
    Event restart = e.restart();
    if (restart != null) {
      x.add("restart");
      for (int s = restart.sentence(); s <= Math.min(restart.sentence() + 2, last); s++) {
        if (hits.inSentence(s).get(recurrence)) {
          x.add("rechallenge");
          break;
        }
      }
    }
    if (e.doseChanged()) {
      x.add("dose-change");
    }
  }

  // The index of the first mention starting at or after a token.
  private int firstAtOrAfter(int token) {
    int lo = 0;
    int hi = found.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (found.get(mid).firstToken() < token) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  // "METHODS: ...", "RESULTS: ...": the heading of a structured abstract.
  private @Nullable String section(int from, int to) {
    if (to - from < 2) {
      return null;
    }
    String text = tokens.get(from).text();
    if (text.length() >= 3
        && text.chars().allMatch(Character::isUpperCase)
        && tokens.get(from + 1).text().equals(":")) {
      return text.toLowerCase(Locale.ROOT);
    }
    return null;
  }

  private static String word(Token token) {
    String norm = token.norm();
    return Character.isDigit(norm.charAt(0)) ? "#" : norm;
  }

  // The name of the bucket n falls in: the greatest bound not above it, "+" for the last.
  static String bucket(int n, int... bounds) {
    String name = "<" + bounds[0];
    for (int i = 0; i < bounds.length; i++) {
      if (n >= bounds[i]) {
        name = i == bounds.length - 1 ? bounds[i] + "+" : Integer.toString(bounds[i]);
      }
    }
    return name;
  }
}
