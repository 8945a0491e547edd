package dev.kb.core.concept;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.graph.CypherSnapshots;
import dev.kb.core.graph.Reads;
import org.junit.jupiter.api.Test;
import org.neo4j.cypherdsl.core.Statement;

/** Pins the Cypher of the concept lists whose shape depends on the kind and order asked for. */
class ConceptQueriesTest {

  @Test
  void pagesOfAllConceptsOfOneKindAndOfSideEffects() {
    CypherSnapshots.assertRendersAsPinned(
        "concepts-page-all-by-name", Concepts.pageQuery(null, ConceptSort.BY_NAME, 0, 20));
    CypherSnapshots.assertRendersAsPinned(
        "concepts-page-drugs-by-cases",
        Concepts.pageQuery(
            ConceptKind.DRUG, new ConceptSort(ConceptSort.Field.CASES, true), 20, 10));
    CypherSnapshots.assertRendersAsPinned(
        "concepts-page-side-effects-by-affirmed-cases",
        Concepts.pageQuery(
            ConceptKind.SIDE_EFFECT,
            new ConceptSort(ConceptSort.Field.AFFIRMED_CASES, false),
            0,
            5));
  }

  @Test
  void byNameOfAnyKindAndOfOne() {
    CypherSnapshots.assertRendersAsPinned(
        "concepts-by-name-any-kind", Concepts.byNameQuery(" ALS ", null));
    Statement symptoms = Concepts.byNameQuery("Fasciculation", ConceptKind.SYMPTOM);
    CypherSnapshots.assertRendersAsPinned("concepts-by-name-symptom", symptoms);
    assertThat(symptoms.getCatalog().getParameters())
        .containsEntry("name", "fasciculation")
        .containsEntry("kind", "Symptom");
    assertThat(Reads.cypher(symptoms)).doesNotContain("Fasciculation");
  }
}
