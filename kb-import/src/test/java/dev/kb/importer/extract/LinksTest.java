package dev.kb.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.concept.ConceptKind;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How the classifier's probabilities become relations, with models whose weights are written here
 * so that each rule of the decision is seen alone.
 */
class LinksTest {

  private static final LexiconExtractor BASE = LexiconExtractor.standard();

  private static Extraction extract(LinkModel model, String text) {
    return BASE.withLinkModel(model).extract(text);
  }

  private static Map<String, Double> causes(Extraction e) {
    Map<String, Double> causes = new java.util.TreeMap<>();
    for (Relation r : e.relations()) {
      if (r.type() == RelationType.CAUSES) {
        causes.put(
            e.mentions().get(r.from()).evidence().matchedText()
                + " -> "
                + e.mentions().get(r.to()).evidence().matchedText(),
            r.confidence());
      }
    }
    return causes;
  }

  @Test
  void shouldStoreALinkWithItsProbabilityAndMakeASideEffectOnlyAtTheMinimum() {
    // Every pair of the same sentence gets the logistic of 1.0 (0.731).
    LinkModel model = new LinkModel(Map.of("sd=0", 1.0), 0, 0.7, Set.of());
    Extraction counted = extract(model, "She developed a rash after amoxicillin.");
    assertThat(causes(counted)).containsEntry("amoxicillin -> rash", 0.731);
    assertThat(Mentions.byText(counted, "rash").kind()).isEqualTo(ConceptKind.SIDE_EFFECT);
    assertThat(Mentions.byText(counted, "rash").concept().kind()).isEqualTo(ConceptKind.SYMPTOM);

    Extraction weak = extract(model.withMinimum(0.8), "She developed a rash after amoxicillin.");
    assertThat(causes(weak)).containsEntry("amoxicillin -> rash", 0.731);
    assertThat(weak.linkMinimum()).isEqualTo(0.8);
    assertThat(Mentions.byText(weak, "rash").kind()).isEqualTo(ConceptKind.SYMPTOM);
  }

  @Test
  void shouldStoreNoLinkBelowTheFloor() {
    LinkModel model = new LinkModel(Map.of(), -3.0, 0.5, Set.of());
    assertThat(causes(extract(model, "She developed a rash after amoxicillin."))).isEmpty();
  }

  @Test
  void shouldNeverLeaveAPairBothTreatedAndCaused() {
    String text = "Carbamazepine was started for epilepsy.";
    // Unsure: the treatment stays, and no link of cause is stored beside it.
    Extraction unsure = extract(new LinkModel(Map.of(), 0.5, 0.7, Set.of()), text);
    assertThat(unsure.relations())
        .filteredOn(r -> r.type() == RelationType.TREATS)
        .singleElement()
        .satisfies(r -> assertThat(r.confidence()).isEqualTo(Links.TREATS_CONFIDENCE));
    assertThat(causes(unsure)).isEmpty();
    // Confident of harm: the cause stays and the treatment goes.
    Extraction sure = extract(new LinkModel(Map.of(), 3.0, 0.7, Set.of()), text);
    assertThat(sure.relations()).noneMatch(r -> r.type() == RelationType.TREATS);
    assertThat(causes(sure)).containsKey("Carbamazepine -> epilepsy");
  }

  @Test
  void shouldLinkAParticularFindingRatherThanAGeneralWordForHarmBesideIt() {
    LinkModel sure = new LinkModel(Map.of(), 3.0, 0.7, Set.of());
    Extraction e =
        extract(sure, "Doxorubicin cardiotoxicity presented as a dilated cardiomyopathy.");
    assertThat(causes(e).keySet())
        .anyMatch(k -> k.endsWith("cardiomyopathy"))
        .noneMatch(k -> k.endsWith("cardiotoxicity"));
    Extraction alone = extract(sure, "She had doxorubicin cardiotoxicity.");
    assertThat(causes(alone).keySet()).anyMatch(k -> k.endsWith("cardiotoxicity"));
  }
}
