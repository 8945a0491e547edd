package dev.kb.importer.extract;

import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.lexicon.GenericConcepts;
import dev.kb.importer.text.Token;
import java.util.List;

/**
 * Which findings the side-effect rules may blame on a drug, and which the text names as what the
 * patient already had. Every other side-effect rule asks it, so it is built once from its data and
 * shared.
 *
 * <p>A finding named as what a drug treats, or as what the patient has ("treatment of psoriasis
 * with methotrexate", "a woman with epilepsy on valproate", "cancer patients who are receiving
 * 5-FU"), is an indication, never the drug's harm.
 */
final class SideEffectFindings {

  // How many words may stand between an indication cue and the finding: "treatment of advanced".
  private static final int INDICATION_REACH = 3;

  private final GenericConcepts generic;
  private final Cues indication;
  private final Cues onset;
  private final Cues person;

  /**
   * @param generic concepts that name a class of outcome ("complications"), never a particular harm
   * @param indication cues before a finding the patient has or a drug treats ("treatment of")
   * @param onset verbs that say a finding began ("developed")
   * @param person words for the patient ("patient", "children")
   */
  SideEffectFindings(GenericConcepts generic, Cues indication, Cues onset, Cues person) {
    this.generic = generic;
    this.indication = indication;
    this.onset = onset;
    this.person = person;
  }

  /**
   * Whether a mention may be a drug's harm. A disorder can be one as much as a symptom can
   * ("methimazole ... developed agranulocytosis"); the link words and breaks keep "X for
   * hypertension" a treatment. A generic outcome ("side effects", "complications") is no particular
   * harm: the findings named beside it are.
   */
  boolean canBeSideEffect(Found f) {
    return (f.kind() == ConceptKind.SYMPTOM || f.kind() == ConceptKind.DIAGNOSIS)
        && f.isFactual()
        && !isGeneric(f);
  }

  /** Whether the mention's concept names a class of outcome ("complications"). */
  boolean isGeneric(Found f) {
    return generic.contains(f.concept().id());
  }

  /** Whether the finding is named as what a drug treats or what the patient has. */
  boolean isIndication(List<Token> tokens, Found effect) {
    int reach = Math.max(0, effect.firstToken() - INDICATION_REACH - 2);
    int cue = indication.last(tokens, reach, effect.firstToken());
    // "a diabetic patient with nephropathy developed acidosis": the finding is what the patient
    // developed, not what they had.
    if (cue >= 0 && !onset.anyIn(tokens, cue, effect.firstToken())) {
      return true;
    }
    // "cancer patients who are receiving 5-FU", "epileptic children on valproate": the finding
    // qualifies the patients, who had it before the drug.
    return person.first(tokens, effect.endToken(), effect.endToken() + 1) == effect.endToken();
  }
}
