package dev.kb.importer.extract;

import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.lexicon.GenericConcepts;
import dev.kb.importer.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns symptoms attributed to a drug into side effects, with a CAUSES relation from the drug.
 *
 * <p>Three shapes of sentence are recognised: a drug that names the finding with it ({@link
 * DirectCauseRule}: "carbamazepine-induced hyponatremia"), a finding and a drug linked by the words
 * between them ({@link PairedCauseRule}: "rash after amoxicillin", "after starting lithium she
 * developed a tremor"), and a sentence about side effects ({@link SideEffectSentenceRule}: "the
 * side effects of the drug in the form of drowsiness"). {@link BlamedDrugRule} then says which drug
 * takes the blame, and {@link SideEffectLists} which other mentions share it. A finding named as
 * what a drug treats or what the patient has ({@link SideEffectFindings}) is never its side effect.
 *
 * <p>The rules hold their cue phrases, read once from {@code kb/relations/side-effect-cues.tsv} by
 * {@link #from}; one instance serves any number of texts.
 */
final class SideEffectRules {

  private final SideEffectFindings findings;
  private final DirectCauseRule direct;
  private final PairedCauseRule paired;
  private final SideEffectSentenceRule sentence;
  private final BlamedDrugRule blamed;
  private final SideEffectLists lists;

  SideEffectRules(
      SideEffectFindings findings,
      DirectCauseRule direct,
      PairedCauseRule paired,
      SideEffectSentenceRule sentence,
      BlamedDrugRule blamed,
      SideEffectLists lists) {
    this.findings = findings;
    this.direct = direct;
    this.paired = paired;
    this.sentence = sentence;
    this.blamed = blamed;
    this.lists = lists;
  }

  /**
   * The rules over their data: each rule gets the cue sets of {@code cues} it reads, by their name
   * in the file (a missing set fails here), {@code drugClasses} the drugs that name a class
   * ("chemotherapy"), blamed only when harm is stated, and {@code generic} the concepts that name
   * no particular harm.
   */
  static SideEffectRules from(
      SideEffectCues cues, Set<String> drugClasses, GenericConcepts generic) {
    Cues person = cues.cues("person");
    Cues onset = cues.cues("onset");
    SideEffectFindings findings =
        new SideEffectFindings(generic, cues.cues("indication"), onset, person);
    PairedCauseRule.Cue paired =
        new PairedCauseRule.Cue(
            cues.cues("cause-phrases", "symptom-then-drug"),
            cues.cues("cause-phrases", "caused-by"),
            cues.words("prepositions"),
            cues.cues("drug-then-symptom"),
            onset,
            cues.cues("break"),
            cues.cues("treatment"),
            cues.cues("treatment-of-finding"),
            person,
            cues.cues("susceptibility"),
            cues.words("number-words"));
    return new SideEffectRules(
        findings,
        new DirectCauseRule(
            cues.cues("not-harm"), cues.words("compound-words"), cues.words("allergy")),
        new PairedCauseRule(paired, findings),
        new SideEffectSentenceRule(cues.cues("side-effect-sentence")),
        new BlamedDrugRule(
            drugClasses,
            cues.cues("switch-from"),
            cues.cues("switch-to"),
            cues.cues("apposition"),
            cues.cues("harm")),
        new SideEffectLists(findings));
  }

  /** The CAUSES relations of a text, re-kinding their findings as side effects. */
  List<Relation> apply(Document document, List<Found> found) {
    List<Relation> relations = new ArrayList<>();
    List<Token> tokens = document.tokens();
    for (int i = 0; i < found.size(); i++) {
      document.checkBudget();
      Found effect = found.get(i);
      if (!findings.canBeSideEffect(effect)) {
        continue;
      }
      int drug = direct.drug(tokens, found, i);
      if (drug < 0) {
        drug = paired.drug(tokens, found, i);
      }
      // A sentence about side effects names its effects as symptoms; a disorder in it is more
      // often what the drug was for ("lithium was started for bipolar disorder; tremor ...").
      if (drug < 0
          && effect.kind() == ConceptKind.SYMPTOM
          && !findings.isIndication(tokens, effect)) {
        drug = sentence.drug(document, found, i);
      }
      if (drug >= 0) {
        drug = blamed.switchedTo(tokens, found, drug);
      }
      if (drug >= 0 && findings.isGeneric(found.get(drug))) {
        // "after the medication was started": no particular drug to blame.
        continue;
      }
      if (drug >= 0 && blamed.isClass(found.get(drug))) {
        // "rapamycin is an immunosuppressive drug associated with infection": the class word says
        // what the drug named before it is.
        drug = blamed.namedDrug(tokens, found, drug);
      }
      if (drug >= 0) {
        blame(document, found, i, drug, relations);
      }
    }
    return lists.withShortForms(tokens, found, relations.stream().distinct().toList());
  }

  // The drug at {@code drug} and those listed with it cause the finding at {@code i} and those
  // listed with it.
  private void blame(Document document, List<Found> found, int i, int drug, List<Relation> into) {
    List<Token> tokens = document.tokens();
    List<Integer> drugs = lists.drugs(tokens, found, drug);
    if (!blamed.statesHarm(document, found, i, drug)) {
      // "skin lesions recurred during chemotherapy": a class of drugs is blamed only in words.
      drugs.removeIf(d -> blamed.isClass(found.get(d)));
      if (drugs.isEmpty()) {
        return;
      }
    }
    // "the ACE inhibitor lisinopril": the drug is blamed, not the class word describing it.
    drugs.removeIf(
        d -> {
          if (!blamed.isClass(found.get(d))) {
            return false;
          }
          int named = blamed.namedDrug(tokens, found, d);
          return named != d && drugs.contains(named);
        });
    for (int e : lists.effects(document, found, i)) {
      if (found.get(e).kind() != ConceptKind.SIDE_EFFECT || e == i) {
        found.set(e, found.get(e).as(ConceptKind.SIDE_EFFECT));
        for (int d : drugs) {
          into.add(new Relation(RelationType.CAUSES, d, e));
        }
      }
    }
  }
}
