package dev.kb.importer.extract;

import dev.kb.core.concept.ConceptKind;
import dev.kb.core.fact.TreatmentOutcome;
import dev.kb.importer.lexicon.GenericConcepts;
import dev.kb.importer.text.PhraseTrie;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads what became of a treatment and puts it on the drug's {@code TREATS} relations. The words
 * that count are the {@code outcome-*} cues in the drug's stretch of its sentence (from the drug
 * before it to the drug after it: "switched to" after a drug is about that drug) and, for the last
 * drug of a sentence, in the next sentence when that one names no drug ("She was started on X. Her
 * symptoms resolved."). Words inside a concept's own name ("drug-resistant epilepsy") do not count.
 * When several outcomes are stated, the one latest in {@link TreatmentOutcome}'s order wins.
 */
final class OutcomeRules {

  private static final GenericConcepts GENERIC = GenericConcepts.bundled();

  private OutcomeRules() {}

  static List<Relation> apply(
      Document document, List<Found> found, List<Relation> relations, RelationCues cues) {
    Map<TreatmentOutcome, Cues> words = new LinkedHashMap<>();
    words.put(TreatmentOutcome.IMPROVED, cues.outcomeImproved());
    words.put(TreatmentOutcome.NO_EFFECT, cues.outcomeNoEffect());
    words.put(TreatmentOutcome.STOPPED, cues.outcomeStopped());
    words.put(TreatmentOutcome.REPLACED, cues.outcomeReplaced());
    BitSet inNames = new BitSet();
    // A generic outcome's words are the outcome's own ("a decrease in the symptoms").
    found.stream()
        .filter(f -> !GENERIC.contains(f.concept().id()))
        .forEach(f -> inNames.set(f.firstToken(), f.endToken()));

    List<Relation> result = new ArrayList<>(relations.size());
    Map<Integer, @Nullable TreatmentOutcome> byDrug = new LinkedHashMap<>();
    for (Relation r : relations) {
      if (r.type() != RelationType.TREATS) {
        result.add(r);
        continue;
      }
      TreatmentOutcome outcome =
          byDrug.computeIfAbsent(r.from(), d -> outcomeOf(document, found, d, words, inNames));
      result.add(r.withOutcome(outcome));
    }
    return result;
  }

  private static @Nullable TreatmentOutcome outcomeOf(
      Document document,
      List<Found> found,
      int drug,
      Map<TreatmentOutcome, Cues> words,
      BitSet inNames) {
    Found d = found.get(drug);
    int sentence = d.sentence();
    int from = document.sentenceStart(sentence);
    int to = document.sentenceEnd(sentence);
    boolean lastDrug = true;
    for (int i = Found.sentenceFirst(found, drug); i < Found.sentenceEnd(found, drug); i++) {
      Found other = found.get(i);
      if (other.kind() != ConceptKind.DRUG || i == drug) {
        continue;
      }
      if (i < drug) {
        from = Math.max(from, other.endToken());
      } else {
        to = Math.min(to, other.firstToken());
        lastDrug = false;
      }
    }
    TreatmentOutcome outcome = strongest(document, from, to, words, inNames, null);
    int nextSentence = sentence + 1;
    if (lastDrug
        && nextSentence < document.sentences().size()
        && !namesDrug(found, drug, nextSentence)) {
      outcome =
          strongest(
              document,
              document.sentenceStart(nextSentence),
              document.sentenceEnd(nextSentence),
              words,
              inNames,
              outcome);
    }
    return outcome;
  }

  private static @Nullable TreatmentOutcome strongest(
      Document document,
      int from,
      int to,
      Map<TreatmentOutcome, Cues> words,
      BitSet inNames,
      @Nullable TreatmentOutcome sofar) {
    TreatmentOutcome outcome = sofar;
    for (PhraseTrie.Match<TreatmentOutcome> hit : Cues.scan(document.tokens(), from, to, words)) {
      if (inNames.get(hit.start(), hit.end()).isEmpty()
          && (outcome == null || hit.value().compareTo(outcome) > 0)) {
        outcome = hit.value();
      }
    }
    return outcome;
  }

  private static boolean namesDrug(List<Found> found, int drug, int sentence) {
    for (int i = drug + 1; i < found.size() && found.get(i).sentence() <= sentence; i++) {
      if (found.get(i).sentence() == sentence && found.get(i).kind() == ConceptKind.DRUG) {
        return true;
      }
    }
    return false;
  }
}
