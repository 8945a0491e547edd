package dev.kb.importer.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKind;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The pack parsers and the merge, on tiny pack files written for the test. */
class TerminologyPacksTest {

  private static final Path MINI = resource("/terminology");
  private static final TerminologyPacks.Loaded LOADED = TerminologyPacks.load(MINI);
  private static final Map<String, Concept> BY_ID =
      LOADED.concepts().stream().collect(Collectors.toMap(Concept::id, Function.identity()));

  @Test
  void shouldReadHpoPhenotypesWithExactSynonymsAndCurrentLabels() {
    Concept fasciculations = BY_ID.get("HP:0002380");
    assertThat(fasciculations.kind()).isEqualTo(ConceptKind.SYMPTOM);
    assertThat(fasciculations.synonyms())
        .containsExactly("Fasciculation of muscle", "Muscle quivering");
    // "Seizure" (the current label) normalises like "Seizures"; "Fits" is a common word;
    // "Seizure disorder" is only a RELATED synonym.
    assertThat(BY_ID.get("HP:0001250").synonyms()).containsExactly("Epileptic seizure");
    assertThat(BY_ID.get("HP:0001250").codes()).containsExactly("HP:0001250", "MESH:D012640");
  }

  @Test
  void shouldSkipHpoTermsOutsidePhenotypesObsoleteOrIndexOnly() {
    assertThat(BY_ID)
        .doesNotContainKeys("HP:0012828", "HP:0009999", "HP:0000924", "HP:0000118", "HP:0000001");
  }

  @Test
  void shouldReadDiseaseOntologyOncePerTermWithCrossReferences() {
    assertThat(BY_ID.get("DOID:10763").codes())
        .containsExactlyInAnyOrder("DOID:10763", "MESH:D006973", "ICD10:I10");
    assertThat(BY_ID.get("DOID:10763").kind()).isEqualTo(ConceptKind.DIAGNOSIS);
    assertThat(BY_ID).doesNotContainKey("DOID:4");
  }

  @Test
  void shouldDropObsoleteAnimalAndNumberedMondoLabels() {
    assertThat(BY_ID).containsKeys("MONDO:0005044", "MONDO:0007915");
    assertThat(BY_ID).doesNotContainKeys("MONDO:0000120", "MONDO:1011088", "MONDO:0008653");
  }

  @Test
  void shouldKindMeshByBranchAndUninvertNames() {
    assertThat(BY_ID.get("MESH:D012640").kind()).isEqualTo(ConceptKind.SYMPTOM);
    assertThat(BY_ID.get("MESH:D004827").kind()).isEqualTo(ConceptKind.DIAGNOSIS);
    assertThat(BY_ID.get("MESH:D004562").kind()).isEqualTo(ConceptKind.INVESTIGATION);
    assertThat(BY_ID.get("MESH:D000741").name()).isEqualTo("Aplastic Anemia");
    assertThat(BY_ID.get("MESH:D002220").kind()).isEqualTo(ConceptKind.DRUG);
    assertThat(BY_ID.get("MESH:D019326").kind()).isEqualTo(ConceptKind.DRUG);
  }

  @Test
  void shouldReadMeshProteinsAndEnzymesAsWhatWasMeasuredNotAsDrugs() {
    // Vimentin (a protein, also under macromolecules) and chymotrypsin (an enzyme) are stained
    // for or measured; interferon alpha, a cytokine, is given.
    assertThat(BY_ID.get("MESH:D014746").kind()).isEqualTo(ConceptKind.INVESTIGATION);
    assertThat(BY_ID.get("MESH:D002918").kind()).isEqualTo(ConceptKind.INVESTIGATION);
    assertThat(BY_ID.get("MESH:D016898").kind()).isEqualTo(ConceptKind.DRUG);
    // Capsules are a dosage form, not a substance.
    assertThat(BY_ID).doesNotContainKey("MESH:D002214");
  }

  @Test
  void shouldNameMarkersAsReportsWriteThem() {
    assertThat(BY_ID.get("MESH:D019002").name()).isEqualTo("CD56 Antigens");
    assertThat(BY_ID.get("MESH:D019002").synonyms()).containsExactly("CD56");
    assertThat(MeshPack.markerName("Ki-67 Antigen")).isEqualTo("Ki-67");
    assertThat(MeshPack.markerName("S100 Proteins")).isEqualTo("S100");
    assertThat(MeshPack.markerName("Antigens, CD11b")).isEqualTo("CD11b");
    // Only code names lose their head: "Neoplasm Proteins" is not written "Neoplasm".
    assertThat(MeshPack.markerName("Neoplasm Proteins")).isNull();
    assertThat(MeshPack.markerName("Antigens, Neoplasm")).isNull();
    assertThat(MeshPack.markerName("Vimentin")).isNull();
  }

  @Test
  void shouldKeepOnlyLeafChemicalsOfMesh() {
    // Organic Chemicals, Amines and Heterocyclic Compounds are classes; Anticonvulsants a use.
    assertThat(BY_ID)
        .doesNotContainKeys("MESH:D009930", "MESH:D000588", "MESH:D006581", "MESH:D000927");
  }

  @Test
  void shouldFilterDrugBankSynonyms() {
    Concept carbamazepine = BY_ID.get("DRUGBANK:DB00564");
    assertThat(carbamazepine.synonyms()).containsExactly("Carbamazepina", "Tegretol retard");
    assertThat(BY_ID.get("DRUGBANK:DB00945").synonyms())
        .containsExactly("Aspirin", "Acetylsalicylate");
    assertThat(BY_ID.get("DRUGBANK:DB09145").name()).isEqualTo("Aqua");
  }

  @Test
  void shouldSkipDrugBankExtractsNamedLikeTheirSource() {
    assertThat(DrugBankPack.isExtract(List.of("DB10429", "", "Candida albicans", "", "4D7G", "")))
        .isTrue();
    assertThat(DrugBankPack.isExtract(List.of("DB10500", "", "Onion", "", "X1", ""))).isTrue();
    // A CAS number or a synonym makes it a substance that is given.
    assertThat(
            DrugBankPack.isExtract(
                List.of("DB00564", "", "Carbamazepine", "298-46-4", "33CM", "Tegretol")))
        .isFalse();
    assertThat(DrugBankPack.isExtract(List.of("DB01", "", "Insulin glargine", "", "", "Lantus")))
        .isFalse();
    // Code names and chemical names are not extracts.
    assertThat(DrugBankPack.isExtract(List.of("DB02", "", "AB-G023", "", "", ""))).isFalse();
  }

  @Test
  void shouldCountConceptsPerPack() {
    assertThat(LOADED.sizes())
        .containsOnlyKeys("doid", "mondo", "hpo", "drugbank", "mesh")
        .containsEntry("hpo", 2)
        .containsEntry("doid", 2);
    assertThat(LOADED.hash()).hasSize(8);
  }

  @Test
  void shouldMergePackEntriesIntoTheAuthoredEntryThatSharesACodeOrAName() {
    Concept authoredDrug =
        new Concept(
            "DRUGBANK:DB00564",
            ConceptKind.DRUG,
            "Carbamazepine",
            List.of("Tegretol"),
            List.of("DRUGBANK:DB00564"));
    Concept authoredDiagnosis =
        new Concept(
            "MONDO:0005044",
            ConceptKind.DIAGNOSIS,
            "Hypertension",
            List.of("high blood pressure"),
            List.of("MONDO:0005044"));

    List<Concept> merged =
        TerminologyPacks.merge(List.of(authoredDrug, authoredDiagnosis), LOADED.concepts());
    Map<String, Concept> byId =
        merged.stream().collect(Collectors.toMap(Concept::id, Function.identity()));

    Concept drug = byId.get("DRUGBANK:DB00564");
    assertThat(drug.name()).isEqualTo("Carbamazepine");
    assertThat(drug.synonyms()).containsExactly("Tegretol", "Carbamazepina", "Tegretol retard");
    assertThat(drug.codes()).contains("DRUGBANK:DB00564", "MESH:D002220");
    // DOID "hypertension" shares the authored name, and MeSH Hypertension DOID's MeSH code.
    Concept diagnosis = byId.get("MONDO:0005044");
    assertThat(diagnosis.codes()).contains("DOID:10763", "MESH:D006973", "ICD10:I10");
    assertThat(byId).doesNotContainKeys("DOID:10763", "MESH:D006973", "MESH:D002220");
    // Six pack concepts merged: DrugBank and MeSH carbamazepine, DOID and MeSH hypertension, the
    // MONDO term of the authored id, and MeSH Seizures into HPO Seizures through its MeSH code.
    assertThat(merged).hasSize(LOADED.concepts().size() + 2 - 6);
    assertThat(byId.get("HP:0001250").codes()).contains("MESH:D012640");
  }

  private static Path resource(String name) {
    try {
      return Path.of(TerminologyPacksTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
