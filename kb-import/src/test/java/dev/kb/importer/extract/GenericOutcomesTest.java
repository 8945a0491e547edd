package dev.kb.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKind;
import dev.kb.core.fact.InvestigationResult;
import dev.kb.core.fact.Polarity;
import dev.kb.importer.lexicon.GenericConcepts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lesions and masses are findings of their own, not neoplasms; generic outcomes ("complications",
 * "adverse events", "symptoms", "abnormalities") become facts when a report rules them out or says
 * they went away, and never stand for a drug's particular harm.
 */
class GenericOutcomesTest {

  private static final Extractor EXTRACTOR = LexiconExtractor.standard();
  private static final String NEOPLASM = "HP:0002664";

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          A scaly erythematous skin lesion was noted on the forearm.           | skin lesion   | KB:skin-lesion
          MRI of the brain showed periventricular demyelinating lesions.       | lesions       | KB:lesion
          Ultrasound showed a hypoechoic liver lesion.                          | liver lesion  | KB:liver-lesion
          Gastroscopy found an ulcerated lesion in the antrum.                  | lesion        | KB:lesion
          A firm mass was palpated in the upper outer quadrant.                 | mass          | KB:mass
          CT showed a renal mass of four centimetres.                           | renal mass    | KB:renal-mass
          A space-occupying lesion was seen in the right frontal lobe.          | space-occupying lesion | KB:mass
          She noticed a painless lump in her neck.                              | lump          | KB:mass
          """)
  void shouldReadLesionsAndMassesAsFindingsNotNeoplasms(String text, String matched, String id) {
    Concept concept = Mentions.byText(EXTRACTOR.extract(text), matched).concept();
    assertThat(concept.id()).isEqualTo(id);
    assertThat(concept.codes()).doesNotContain(NEOPLASM);
  }

  @Test
  void shouldGiveComposedLesionsTheLesionCode() {
    Concept concept =
        Mentions.byText(
                EXTRACTOR.extract("Dermoscopy of the skin lesions was benign."), "skin lesions")
            .concept();
    assertThat(concept.codes()).contains("KB:lesion");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The tumour was resected with clear margins.                            | tumour
          Biopsy confirmed a neoplasm of the parotid gland.                      | neoplasm
          """)
  void shouldKeepTumoursNeoplasms(String text, String matched) {
    assertThat(Mentions.byText(EXTRACTOR.extract(text), matched).concept().id())
        .isEqualTo(NEOPLASM);
  }

  @Test
  void shouldReadATumourTheTerminologyNamesAsThatDiagnosis() {
    Mention mention =
        Mentions.byText(
            EXTRACTOR.extract("The carcinoid tumour was resected with clear margins."),
            "carcinoid tumour");
    assertThat(mention.kind()).isEqualTo(ConceptKind.DIAGNOSIS);
    assertThat(mention.concept().id()).isEqualTo("MONDO:0005369");
    assertThat(mention.concept().codes()).contains("HP:0100570", "MESH:D002276");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The laparoscopic cholecystectomy was completed without complications. | complications  | KB:complication
          Her hip replacement healed without further sequelae.                   | sequelae       | KB:complication
          She completed six cycles of docetaxel with no adverse events.          | adverse events | KB:adverse-event
          Sertraline was well tolerated and he reported no side effects.         | side effects   | KB:adverse-event
          After ten days of ceftriaxone her symptoms resolved.                   | symptoms       | MESH:D012816
          At the orthopaedic follow-up she was free from symptoms.               | symptoms       | MESH:D012816
          Coronary angiography showed no abnormalities.                          | abnormalities  | HP:0000118
          He woke from the craniotomy without any neurological deficit.          | neurological deficit | MESH:D009461
          The boy had no history of trauma before the fracture.                  | trauma         | MESH:D014947
          A moderate pericardial effusion was seen without tamponade.            | tamponade      | MONDO:0001297
          CT angiography of the pelvis showed no extravasation of contrast.      | extravasation of contrast | MESH:D005119
          The rectal adenoma showed no invasion of the submucosa.                | invasion       | KB:invasion
          Two years after excision of the melanoma there was no recurrence.      | recurrence     | MESH:D012008
          The elderly man with atrial fibrillation took no regular medication.  | regular medication | KB:medication
          Before the seizure she had not received any medication.              | medication     | KB:medication
          """)
  void shouldReadRuledOutOrResolvedOutcomesAsNegatedFacts(String text, String matched, String id) {
    Mention mention = Mentions.byText(EXTRACTOR.extract(text), matched);
    assertThat(mention.concept().id()).isEqualTo(id);
    assertThat(mention.polarity()).isEqualTo(Polarity.NEGATED);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Colonoscopy showed scattered diverticula in the sigmoid colon.  | diverticula | MESH:D004240
          An old infarct was seen in the left occipital lobe.              | infarct     | MESH:D007238
          Hemorrhaging from the scalp wound required suturing.             | Hemorrhaging | HP:0001892
          The child had persistent symptoms of otitis after amoxicillin.   | symptoms    | MESH:D012816
          """)
  void shouldReadCommonFindingWordsAffirmed(String text, String matched, String id) {
    Mention mention = Mentions.byText(EXTRACTOR.extract(text), matched);
    assertThat(mention.concept().id()).isEqualTo(id);
    assertThat(mention.polarity()).isEqualTo(Polarity.AFFIRMED);
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Sublingual nitroglycerin relieved her chest pain.                        | chest pain | NEGATED
          His dyspnea was relieved after thoracentesis.                            | dyspnea    | NEGATED
          The exertional chest pain relieved by rest suggested stable angina.      | chest pain | AFFIRMED
          Pulmonary embolism, which was ruled out by CT angiography, was suspected first. | Pulmonary embolism | NEGATED
          """)
  void shouldReadReliefAndRuledOutClauses(String text, String matched, Polarity polarity) {
    assertThat(Mentions.byText(EXTRACTOR.extract(text), matched).polarity()).isEqualTo(polarity);
  }

  @Test
  void shouldReadNoAbnormalityAsANormalResult() {
    Extraction extraction = EXTRACTOR.extract("A renal ultrasound showed no abnormality.");
    assertThat(Mentions.byText(extraction, "ultrasound").result())
        .isEqualTo(InvestigationResult.NORMAL);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Nausea is a well-known side effect of metformin.                           | metformin   | Nausea
          Neutropenia is a rare complication of clozapine therapy.                   | clozapine   | Neutropenia
          A coarse tremor was the main adverse effect of lithium in this woman.      | lithium     | tremor
          """)
  void shouldBlameTheNamedFindingNotTheGenericOutcome(String text, String drug, String effect) {
    Extraction extraction = EXTRACTOR.extract(text);
    List<String> caused =
        extraction.relations().stream()
            .filter(r -> r.type() == RelationType.CAUSES)
            .filter(r -> extraction.mentions().get(r.from()).evidence().matchedText().equals(drug))
            .map(r -> extraction.mentions().get(r.to()).evidence().matchedText())
            .toList();
    assertThat(caused).contains(effect);
    GenericConcepts generic = GenericConcepts.bundled();
    assertThat(
            extraction.relations().stream()
                .filter(r -> generic.contains(extraction.mentions().get(r.to()).concept().id())))
        .isEmpty();
  }

  @Test
  void shouldNotBlameMedicationInGeneral() {
    Extraction extraction =
        EXTRACTOR.extract(
            "A pruritic rash appeared two days after the new medication was started.");
    assertThat(Mentions.byText(extraction, "medication").concept().id()).isEqualTo("KB:medication");
    assertThat(extraction.relations()).noneMatch(r -> r.type() == RelationType.CAUSES);
  }

  @Test
  void shouldListOnlyGenericConceptsTheLexiconHas() {
    GenericConcepts generic = GenericConcepts.bundled();
    List<String> lexiconIds =
        BundledData.load().lexicon.concepts().stream().map(Concept::id).toList();
    assertThat(lexiconIds.stream().filter(generic::contains))
        .containsExactlyInAnyOrder(
            "KB:complication",
            "KB:adverse-event",
            "MESH:D012816",
            "HP:0000118",
            "MESH:D012008",
            "KB:medication");
  }
}
