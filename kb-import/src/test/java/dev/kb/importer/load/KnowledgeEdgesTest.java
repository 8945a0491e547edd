package dev.kb.importer.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.concept.ConceptKind;
import dev.kb.core.fact.Experiencer;
import dev.kb.core.fact.Polarity;
import dev.kb.core.fact.Temporality;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The knowledge edges one case contributes, computed without a database. */
class KnowledgeEdgesTest {

  private static KnowledgeEdges.FactKey fact(ConceptKind kind, String id, Polarity polarity) {
    return new KnowledgeEdges.FactKey(kind, id, polarity, Temporality.CURRENT, Experiencer.PATIENT);
  }

  // An infectious-disease case: pneumonia with fever and cough, "her symptoms resolved", "no
  // complications", a chest CT that "showed abnormalities" besides the consolidation, amoxicillin
  // "without side effects", and "medication" in general for the pneumonia.
  private static final List<KnowledgeEdges.FactKey> FACTS =
      List.of(
          fact(ConceptKind.DIAGNOSIS, "MONDO:0005249", Polarity.AFFIRMED),
          fact(ConceptKind.SYMPTOM, "HP:0001945", Polarity.AFFIRMED),
          fact(ConceptKind.SYMPTOM, "HP:0012735", Polarity.NEGATED),
          fact(ConceptKind.SYMPTOM, "MESH:D012816", Polarity.AFFIRMED),
          fact(ConceptKind.SYMPTOM, "KB:complication", Polarity.NEGATED),
          fact(ConceptKind.INVESTIGATION, "MESH:D014057", Polarity.AFFIRMED),
          fact(ConceptKind.SYMPTOM, "HP:0000118", Polarity.AFFIRMED),
          fact(ConceptKind.DRUG, "DRUGBANK:DB01212", Polarity.AFFIRMED),
          fact(ConceptKind.SYMPTOM, "KB:adverse-event", Polarity.AFFIRMED),
          fact(ConceptKind.DRUG, "KB:medication", Polarity.AFFIRMED));

  @Test
  void shouldLinkParticularSymptomsButNoGenericOutcome() {
    List<KnowledgeEdges.Contribution> edges =
        KnowledgeEdges.of(
            FACTS,
            List.of(
                new KnowledgeEdges.RelationKey("REVEALS", 5, 6),
                new KnowledgeEdges.RelationKey("TREATS", 7, 0),
                new KnowledgeEdges.RelationKey("CAUSES", 7, 8),
                new KnowledgeEdges.RelationKey("TREATS", 9, 0)),
            0.5);
    assertThat(edges)
        .filteredOn(e -> e.type().equals("PRESENTS_WITH"))
        .extracting(KnowledgeEdges.Contribution::toId)
        .containsExactlyInAnyOrder("HP:0001945", "HP:0012735");
    assertThat(edges)
        .extracting(KnowledgeEdges.Contribution::type)
        .containsExactlyInAnyOrder("PRESENTS_WITH", "PRESENTS_WITH", "TREATS");
  }

  // "A history of viral meningitis; no history of seizures or fever. She presented with
  // paraplegia, fever and pain; transverse myelitis was diagnosed."
  @Test
  void shouldNeitherPresentNorRuleOutWithAPastHistory() {
    List<KnowledgeEdges.FactKey> facts =
        List.of(
            history("MONDO:0021108", Polarity.AFFIRMED, ConceptKind.DIAGNOSIS),
            history("HP:0001250", Polarity.NEGATED, ConceptKind.SYMPTOM),
            history("HP:0001945", Polarity.NEGATED, ConceptKind.SYMPTOM),
            fact(ConceptKind.SYMPTOM, "HP:0010550", Polarity.AFFIRMED),
            fact(ConceptKind.SYMPTOM, "HP:0001945", Polarity.AFFIRMED),
            fact(ConceptKind.SYMPTOM, "HP:0012531", Polarity.AFFIRMED),
            fact(ConceptKind.DIAGNOSIS, "MONDO:0005488", Polarity.AFFIRMED));
    List<KnowledgeEdges.Contribution> edges = KnowledgeEdges.of(facts, List.of());
    assertThat(edges).extracting(KnowledgeEdges.Contribution::fromId).containsOnly("MONDO:0005488");
    assertThat(edges)
        .extracting(KnowledgeEdges.Contribution::toId)
        .containsExactlyInAnyOrder("HP:0010550", "HP:0001945", "HP:0012531");
    assertThat(edges).extracting(KnowledgeEdges.Contribution::absentCases).containsOnly(0);
  }

  private static KnowledgeEdges.FactKey history(String id, Polarity polarity, ConceptKind kind) {
    return new KnowledgeEdges.FactKey(
        kind, id, polarity, Temporality.HISTORICAL, Experiencer.PATIENT);
  }

  @Test
  void shouldCountAbsentSymptomsOnlyWhenParticular() {
    List<KnowledgeEdges.Contribution> edges = KnowledgeEdges.of(FACTS, List.of());
    assertThat(edges)
        .filteredOn(e -> e.absentCases() == 1)
        .extracting(KnowledgeEdges.Contribution::toId)
        .containsExactly("HP:0012735");
  }

  @Test
  void shouldCountWeakLinksOnlyAmongAllLinks() {
    // Amoxicillin blamed for a rash twice, once confidently (0.9) and once not (0.2), and for a
    // headache only weakly; the side effect facts point at the findings' own concepts.
    List<KnowledgeEdges.FactKey> facts =
        List.of(
            fact(ConceptKind.DRUG, "DRUGBANK:DB01060", Polarity.AFFIRMED),
            new KnowledgeEdges.FactKey(
                ConceptKind.SIDE_EFFECT,
                ConceptKind.SYMPTOM,
                "HP:0000988",
                Polarity.AFFIRMED,
                Temporality.CURRENT,
                Experiencer.PATIENT),
            fact(ConceptKind.SYMPTOM, "HP:0000988", Polarity.AFFIRMED),
            fact(ConceptKind.SYMPTOM, "HP:0002315", Polarity.AFFIRMED));
    List<KnowledgeEdges.Contribution> edges =
        KnowledgeEdges.of(
            facts,
            List.of(
                new KnowledgeEdges.RelationKey("CAUSES", 0, 1, 0.9),
                new KnowledgeEdges.RelationKey("CAUSES", 0, 2, 0.2),
                new KnowledgeEdges.RelationKey("CAUSES", 0, 3, 0.2)),
            0.5);

    assertThat(edges)
        .containsExactly(
            new KnowledgeEdges.Contribution(
                "CAUSES",
                ConceptKind.DRUG,
                "DRUGBANK:DB01060",
                ConceptKind.SYMPTOM,
                "HP:0000988",
                1,
                0,
                1,
                1,
                2),
            new KnowledgeEdges.Contribution(
                "CAUSES",
                ConceptKind.DRUG,
                "DRUGBANK:DB01060",
                ConceptKind.SYMPTOM,
                "HP:0002315",
                0,
                0,
                0,
                1,
                1));
    assertThat(
            KnowledgeEdges.of(
                facts, List.of(new KnowledgeEdges.RelationKey("CAUSES", 0, 3, 0.5)), 0.5))
        .as("a link exactly as confident as the minimum counts")
        .extracting(KnowledgeEdges.Contribution::cases)
        .containsExactly(1);
  }
}
