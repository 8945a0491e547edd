package dev.kb.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kb.core.concept.ConceptKind;
import dev.kb.core.fact.InvestigationResult;
import dev.kb.core.fact.TreatmentOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Investigation results and treatment outcomes, on sentences from several specialties. */
class ResultAndOutcomeTest {

  private static final Extractor EXTRACTOR = LexiconExtractor.standard();

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The EEG was normal.                                          | EEG          | NORMAL
          A brain MRI was unremarkable.                                | brain MRI          | NORMAL
          Her ECG was within normal limits.                            | ECG          | NORMAL
          Antinuclear antibodies were negative.                        | Antinuclear antibodies | NORMAL
          Chest X-ray showed no abnormalities.                         | Chest X-ray  | NORMAL
          No abnormality was found on echocardiography.                | echocardiography | NORMAL
          MRI and CT were normal.                                      | MRI          | NORMAL
          MRI and CT were normal.                                      | CT           | NORMAL
          Laboratory studies revealed an elevated CRP.                 | CRP          | ABNORMAL
          An abnormal ECG prompted admission.                          | ECG          | ABNORMAL
          The troponin level was raised.                               | troponin     | ABNORMAL
          Needle EMG showed widespread fasciculations.                 | Needle EMG          | ABNORMAL
          The EEG was normal but the MRI was abnormal.                 | EEG          | NORMAL
          The EEG was normal but the MRI was abnormal.                 | MRI          | ABNORMAL
          Blood cultures were positive.                                | Blood cultures | ABNORMAL
          On CT, no relevant abnormalities were seen.                  | CT           | NORMAL
          The serum potassium was not elevated.                        | serum potassium | NORMAL
          """)
  void shouldReadTheResultOfAnInvestigation(
      String sentence, String investigation, InvestigationResult expected) {
    Mention mention = Mentions.byText(EXTRACTOR.extract(sentence), investigation);
    assertThat(mention.kind()).isEqualTo(ConceptKind.INVESTIGATION);
    assertThat(mention.result()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          An EEG was performed on the second day.           | EEG
          The MRI was not done because of a pacemaker.      | MRI
          Serum creatinine was 1.2 mg/dL.                   | Serum creatinine
          """)
  void shouldLeaveTheResultUnknownWhenTheTextDoesNotSayIt(String sentence, String investigation) {
    assertThat(Mentions.byText(EXTRACTOR.extract(sentence), investigation).result()).isNull();
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Her pneumonia was treated with amoxicillin and resolved within a week. | amoxicillin | IMPROVED
          He was started on levothyroxine for hypothyroidism. His symptoms improved. | levothyroxine | IMPROVED
          The psoriasis was treated with methotrexate without improvement. | methotrexate | NO_EFFECT
          Asthma was treated with salbutamol. There was a rapid decrease in the symptoms. | salbutamol | IMPROVED
          Epilepsy was treated with valproate, but the seizures did not respond. | valproate | NO_EFFECT
          Gout was treated with allopurinol, which was discontinued after two weeks. | allopurinol | STOPPED
          Rheumatoid arthritis was treated with methotrexate, later switched to adalimumab. | methotrexate | REPLACED
          """)
  void shouldReadTheOutcomeOfATreatment(String text, String drug, TreatmentOutcome expected) {
    Extraction extraction = EXTRACTOR.extract(text);
    List<Relation> treats = treatsFrom(extraction, drug);
    assertThat(treats).as("TREATS relations of %s", drug).isNotEmpty();
    assertThat(treats).extracting(Relation::outcome).containsOnly(expected);
  }

  @Test
  void shouldLeaveTheOutcomeUnknownWhenTheTextDoesNotSayIt() {
    Extraction extraction =
        EXTRACTOR.extract("Migraine was treated with sumatriptan. An MRI was ordered.");
    assertThat(treatsFrom(extraction, "sumatriptan"))
        .extracting(Relation::outcome)
        .containsOnly((TreatmentOutcome) null);
  }

  @Test
  void shouldNotReadAQualifierOfTheDiseaseAsAnOutcome() {
    Extraction extraction =
        EXTRACTOR.extract("Drug-resistant epilepsy was treated with levetiracetam.");
    assertThat(treatsFrom(extraction, "levetiracetam"))
        .extracting(Relation::outcome)
        .containsOnly((TreatmentOutcome) null);
  }

  @Test
  void shouldGiveTheOutcomeToTheDrugItFollows() {
    Extraction extraction =
        EXTRACTOR.extract(
            "Atrial fibrillation was treated with amiodarone, which was replaced by sotalol.");
    assertThat(treatsFrom(extraction, "amiodarone"))
        .extracting(Relation::outcome)
        .containsOnly(TreatmentOutcome.REPLACED);
  }

  @Test
  void shouldNotTreatWhatTheDrugIsForInGeneral() {
    Extraction extraction =
        EXTRACTOR.extract(
            "Her migraine was treated with valproate, a drug originally developed to treat"
                + " epilepsy.");
    assertThat(treatsFrom(extraction, "valproate"))
        .extracting(r -> extraction.mentions().get(r.to()).evidence().matchedText())
        .containsExactly("migraine");
  }

  @Test
  void shouldRejectACuesFileWithAnUnknownSet() {
    assertThatThrownBy(() -> RelationCues.parse("cues.tsv", "set\tphrase\nnonsense\tbetter\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cues.tsv:2")
        .hasMessageContaining("unknown set 'nonsense'");
  }

  @Test
  void shouldRejectACuesFileMissingASet() {
    assertThatThrownBy(() -> RelationCues.parse("cues.tsv", "treatment\tgiven\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no phrase for set 'indication'");
  }

  private static List<Relation> treatsFrom(Extraction extraction, String drug) {
    return extraction.relations().stream()
        .filter(r -> r.type() == RelationType.TREATS)
        .filter(r -> extraction.mentions().get(r.from()).evidence().matchedText().equals(drug))
        .toList();
  }
}
