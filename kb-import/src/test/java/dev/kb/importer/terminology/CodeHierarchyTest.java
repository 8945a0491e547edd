package dev.kb.importer.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The hierarchy the bundled packs give, and ICD-10's, which the codes spell. */
class CodeHierarchyTest {

  private static final CodeHierarchy BUNDLED = TerminologyPacks.bundled().hierarchy();

  @Test
  void shouldPutAnIcd10CodeUnderItsCategoryAndSubcategories() {
    assertThat(CodeHierarchy.empty().ancestors(List.of("ICD10:C34.12")))
        .containsExactly("ICD10:C34", "ICD10:C34.1");
    assertThat(CodeHierarchy.empty().ancestors(List.of("icd10:c34.9")))
        .containsExactly("ICD10:C34");
    assertThat(CodeHierarchy.empty().ancestors(List.of("ICD10:C34", "HP:0002380"))).isEmpty();
  }

  @Test
  void shouldPutLungCancerUnderCancerAndIcd10C34ThroughTheDiseaseOntology() {
    // DOID:1324 lung cancer: subClassOf respiratory system cancer ... cancer (DOID:162), and its
    // cross-references name ICD-10 C34.1-C34.3; cancer's name MeSH Neoplasms.
    List<String> above = BUNDLED.ancestors(List.of("DOID:1324"));
    assertThat(above)
        .contains("DOID:162", "DOID:14566", "ICD10:C34", "ICD10:C34.1", "MESH:D009369");
    assertThat(above).doesNotContain("DOID:1324");
  }

  @Test
  void shouldPutSquamousCellCarcinomaUnderCarcinoma() {
    assertThat(BUNDLED.ancestors(List.of("DOID:1749"))).contains("DOID:305", "DOID:162");
  }

  @Test
  void shouldPutAMeshDescriptorUnderEveryBranchItIsFiledIn() {
    // Carcinoma, Non-Small-Cell Lung: C04.588.894.797.520.109.220.249 and C08.381.540.140.500.
    List<String> above = BUNDLED.ancestors(List.of("MESH:D002289"));
    assertThat(above)
        .contains(
            "MESHTREE:C04",
            "MESHTREE:C04.588.894.797.520",
            "MESHTREE:C08.381.540.140.500",
            "MESH:D008175", // Lung Neoplasms
            "MESH:D009369"); // Neoplasms
    assertThat(above).doesNotContain("MESH:D002289", "MESHTREE:A01");
  }

  @Test
  void shouldPutAnHpoTermUnderItsIsAParents() {
    // HP:0002380 Fasciculations is_a HP:0003011 Abnormality of the musculature (among others),
    // under HP:0000118 Phenotypic abnormality.
    assertThat(BUNDLED.ancestors(List.of("HP:0002380"))).contains("HP:0000118", "HP:0000001");
    assertThat(BUNDLED.size()).isGreaterThan(50_000);
  }
}
