package dev.kb.importer.extract;

import dev.kb.core.concept.ConceptKind;
import dev.kb.core.fact.InvestigationResult;
import dev.kb.importer.lexicon.GenericConcepts;
import dev.kb.importer.text.PhraseTrie;
import dev.kb.importer.text.Token;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads what an investigation's result was. An investigation that revealed an affirmed finding was
 * abnormal. Otherwise the result words of its clause decide ({@code result-normal} and {@code
 * result-abnormal} cues), tried in this order:
 *
 * <ol>
 *   <li>a word right before it: "a normal EEG", "elevated CRP";
 *   <li>the first result word after it, in its clause: "the MRI was unremarkable", "ANA was
 *       positive"; investigations joined by "and" or commas share it ("MRI and CT were normal");
 *   <li>when it is introduced by "on", "by" ({@code seen-on} cues), the result word before it: "no
 *       abnormality was found on MRI".
 * </ol>
 *
 * A clause ends at a {@code result-end} cue ("but", ";") or at a finding, which the words after it
 * describe instead. Hypothetical investigations have no result. An investigation that reads as
 * negated but has a result word ("No abnormality was found on MRI", "ANA was negative") was done:
 * the negation is about what it found, and the extractor reports it affirmed with its result.
 */
final class ResultRules {

  // How far a result word after an investigation may lie: "the MRI of the brain was normal".
  private static final int AFTER_WINDOW = 10;
  // How far before: "no abnormality was found on MRI".
  private static final int BEFORE_WINDOW = 8;
  // Words that may stand between a modifier and the investigation: "normal serum CRP" reads
  // "serum CRP" as one name already, "an elevated level of" does not.
  private static final int MODIFIER_GAP = 1;
  private static final Set<String> COORDINATION = Set.of("and", "or", ",", "/", "&");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their");
  // "no relevant abnormalities", "not elevated": a negation this close turns an abnormal word.
  private static final Set<String> NEGATIONS = Set.of("no", "not", "nor", "without", "never");
  private static final int NEGATION_REACH = 3;

  private static final GenericConcepts GENERIC = GenericConcepts.bundled();

  private ResultRules() {}

  // End of the nearest mention before item i in its sentence that is not a generic outcome ("no
  // abnormality was found on MRI": the abnormality is the result); 0 when there is none.
  private static int previousEnd(List<Found> found, int i) {
    Found f = found.get(i);
    for (int k = i - 1; k >= 0 && found.get(k).sentence() == f.sentence(); k--) {
      if (!GENERIC.contains(found.get(k).concept().id())) {
        return found.get(k).endToken();
      }
    }
    return 0;
  }

  /** One result per found item, null where it is not an investigation or nothing was said. */
  static @Nullable InvestigationResult[] apply(
      Document document, List<Found> found, List<Relation> relations, RelationCues cues) {
    @Nullable InvestigationResult[] results = new InvestigationResult[found.size()];
    for (Relation r : relations) {
      if (r.type() == RelationType.REVEALS) {
        results[r.from()] = InvestigationResult.ABNORMAL;
      }
    }
    Map<InvestigationResult, Cues> words =
        Map.of(
            InvestigationResult.NORMAL, cues.resultNormal(),
            InvestigationResult.ABNORMAL, cues.resultAbnormal());
    for (int i = 0; i < found.size(); i++) {
      document.checkBudget();
      Found f = found.get(i);
      if (f.kind() != ConceptKind.INVESTIGATION
          || f.flags().hypothetical()
          || f.flags().family()
          || results[i] != null) {
        continue;
      }
      InvestigationResult result = modifierBefore(document, found, i, words);
      if (result == null) {
        result = wordAfter(document, found, i, words, cues);
      }
      if (result == null) {
        result = wordBeforeSeenOn(document, found, i, words, cues);
      }
      results[i] = result;
    }
    return results;
  }

  private static @Nullable InvestigationResult modifierBefore(
      Document document, List<Found> found, int i, Map<InvestigationResult, Cues> words) {
    Found f = found.get(i);
    int from = Math.max(document.sentenceStart(f.sentence()), f.firstToken() - 3 - MODIFIER_GAP);
    from = Math.max(from, previousEnd(found, i));
    List<PhraseTrie.Match<InvestigationResult>> hits =
        Cues.scan(document.tokens(), from, f.firstToken(), words);
    if (hits.isEmpty()) {
      return null;
    }
    PhraseTrie.Match<InvestigationResult> last = hits.getLast();
    return f.firstToken() - last.end() <= MODIFIER_GAP ? read(document, last) : null;
  }

  private static @Nullable InvestigationResult wordAfter(
      Document document,
      List<Found> found,
      int i,
      Map<InvestigationResult, Cues> words,
      RelationCues cues) {
    List<Token> tokens = document.tokens();
    Found f = found.get(i);
    int sentenceEnd = document.sentenceEnd(f.sentence());
    int end = Math.min(sentenceEnd, f.endToken() + AFTER_WINDOW);
    int from = f.endToken();
    // Skip investigations coordinated with this one ("MRI, CT and EEG were normal").
    int next = i + 1;
    while (next < found.size() && found.get(next).sentence() == f.sentence()) {
      Found other = found.get(next);
      if (other.firstToken() >= end) {
        break;
      }
      if (GENERIC.contains(other.concept().id())) {
        // "no abnormality", "no relevant abnormalities": the result, not a finding it describes.
        next++;
        continue;
      }
      if (other.kind() == ConceptKind.INVESTIGATION && onlyCoordination(tokens, from, other)) {
        from = other.endToken();
        end = Math.min(sentenceEnd, from + AFTER_WINDOW);
        next++;
        continue;
      }
      end = other.firstToken();
      break;
    }
    int stop = cues.resultEnd().first(tokens, from, end);
    if (stop >= 0) {
      end = stop;
    }
    List<PhraseTrie.Match<InvestigationResult>> hits = Cues.scan(tokens, from, end, words);
    return hits.isEmpty() ? null : read(document, hits.getFirst());
  }

  private static boolean onlyCoordination(List<Token> tokens, int from, Found other) {
    for (int t = from; t < other.firstToken(); t++) {
      if (!COORDINATION.contains(tokens.get(t).norm())) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable InvestigationResult wordBeforeSeenOn(
      Document document,
      List<Found> found,
      int i,
      Map<InvestigationResult, Cues> words,
      RelationCues cues) {
    List<Token> tokens = document.tokens();
    Found f = found.get(i);
    int sentenceStart = document.sentenceStart(f.sentence());
    int introducer = f.firstToken() - 1;
    while (introducer > sentenceStart && DETERMINERS.contains(tokens.get(introducer).norm())) {
      introducer--;
    }
    if (introducer < sentenceStart
        || cues.seenOn().lengthAt(tokens, introducer, introducer + 1) == 0) {
      return null;
    }
    int from = Math.max(Math.max(sentenceStart, introducer - BEFORE_WINDOW), previousEnd(found, i));
    int stop = cues.resultEnd().last(tokens, from, introducer);
    if (stop >= 0) {
      from = stop + 1;
    }
    List<PhraseTrie.Match<InvestigationResult>> hits = Cues.scan(tokens, from, introducer, words);
    return hits.isEmpty() ? null : read(document, hits.getLast());
  }

  /** The result a cue states, turned to normal by a negation just before an abnormal word. */
  private static InvestigationResult read(
      Document document, PhraseTrie.Match<InvestigationResult> hit) {
    if (hit.value() == InvestigationResult.ABNORMAL) {
      for (int t = Math.max(0, hit.start() - NEGATION_REACH); t < hit.start(); t++) {
        if (NEGATIONS.contains(document.tokens().get(t).norm())) {
          return InvestigationResult.NORMAL;
        }
      }
    }
    return hit.value();
  }
}
