package dev.kb.core.concept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.kb.core.embedded.EmbeddedGraph;
import dev.kb.core.graph.Reads;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Concepts by a code they carry or lie under, through the {@code concept_codes} index, on concept
 * nodes shaped as the loader writes them (codes, and ancestors from the terminologies).
 */
class ConceptCodesTest {

  @RegisterExtension static final EmbeddedGraph graph = EmbeddedGraph.migrated();

  @BeforeAll
  static void concepts() {
    graph
        .driver()
        .executableQuery(
            """
            CREATE (:Concept:Diagnosis {kind: 'Diagnosis', id: 'MONDO:0008903', name: 'Lung cancer',
                    codes: ['MONDO:0008903', 'DOID:1324', 'ICD10:C34.90'],
                    ancestors: ['DOID:162', 'ICD10:C34', 'ICD10:C34.9', 'MESH:D009369',
                                'MESHTREE:C04']})
            CREATE (:Concept:Diagnosis {kind: 'Diagnosis', id: 'MONDO:0005096',
                    name: 'Squamous cell carcinoma', codes: ['MONDO:0005096', 'DOID:1749'],
                    ancestors: ['DOID:162', 'DOID:305', 'MESH:D009369', 'MESHTREE:C04']})
            CREATE (:Concept:Symptom {kind: 'Symptom', id: 'HP:0002380', name: 'Fasciculations',
                    codes: ['HP:0002380', 'ICD10:R25.3'], ancestors: ['HP:0000118']})
            CREATE (:Concept:Drug {kind: 'Drug', id: 'KB:medication', name: 'Medication',
                    codes: ['KB:medication']})
            """)
        .execute();
  }

  private static List<String> under(String code) {
    Function<String, List<String>> keys = ConceptCodes.keysUnder(Reads.over(graph.driver()));
    return keys.apply(code);
  }

  @Test
  void shouldFindTheConceptsUnderAnIcd10CategoryWithOrWithoutItsSystem() {
    assertThat(under("ICD10:C34")).containsExactly("Diagnosis/MONDO:0008903");
    assertThat(under("C34")).containsExactly("Diagnosis/MONDO:0008903");
    assertThat(under(" icd10:c34 ")).containsExactly("Diagnosis/MONDO:0008903");
    assertThat(under("C34.90")).containsExactly("Diagnosis/MONDO:0008903");
    assertThat(under("C35")).isEmpty();
  }

  @Test
  void shouldFindTheConceptsUnderAnAncestorAndTheConceptOfACodeItself() {
    assertThat(under("DOID:305")).containsExactly("Diagnosis/MONDO:0005096");
    assertThat(under("MESHTREE:C04"))
        .containsExactlyInAnyOrder("Diagnosis/MONDO:0008903", "Diagnosis/MONDO:0005096");
    assertThat(under("D009369")).hasSize(2);
    assertThat(under("HP:0002380")).containsExactly("Symptom/HP:0002380");
    assertThat(under("R25.3")).containsExactly("Symptom/HP:0002380");
    assertThat(under("KB:medication")).containsExactly("Drug/KB:medication");
  }

  @Test
  void shouldReadNoInputAsQuerySyntax() {
    assertThat(under("*")).isEmpty();
    assertThat(under("C3*")).isEmpty();
    assertThat(under("ICD10:C34 OR DOID:305")).isEmpty();
    assertThat(under("x\") OR (name:*")).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> under("  "));
  }

  @Test
  void shouldListTheConceptsUnderACodeByKindThenName() {
    assertThat(new Concepts(Reads.over(graph.driver())).under("MESHTREE:C04"))
        .extracting(Concept::name)
        .containsExactly("Lung cancer", "Squamous cell carcinoma");
  }
}
