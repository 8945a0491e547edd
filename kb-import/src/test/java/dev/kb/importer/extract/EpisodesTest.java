package dev.kb.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.importer.extract.Episodes.EventType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Treatment episodes: each drug of a case, every place the text names it, what happened to it. */
class EpisodesTest {

  private static final LexiconExtractor EXTRACTOR = LexiconExtractor.standard();

  private static LexiconExtractor.Analysis read(String text) {
    return EXTRACTOR.analyse(text);
  }

  private static Exposure exposureOf(LexiconExtractor.Analysis a, String drugName) {
    return a.timeline().exposures().stream()
        .filter(e -> a.found().get(e.firstFound()).concept().name().equalsIgnoreCase(drugName))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "No exposure to "
                        + drugName
                        + " among "
                        + a.timeline().exposures().stream()
                            .map(e -> a.found().get(e.firstFound()).concept().name())
                            .toList()));
  }

  // The words of each anchor of an exposure, in text order.
  private static List<String> anchorWords(LexiconExtractor.Analysis a, Exposure e) {
    return e.anchors().stream()
        .map(
            anchor ->
                a.document()
                    .text()
                    .substring(
                        a.document().tokens().get(anchor.firstToken()).start(),
                        a.document().tokens().get(anchor.endToken() - 1).end()))
        .toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a reference, however many sentences after the drug
        "She was started on lamotrigine. Three weeks later a rash appeared. The fever rose. The"
            + " liver enzymes rose. The drug was stopped.|Lamotrigine|the drug",
        "He received amiodarone for atrial fibrillation. Months later the medication was"
            + " withdrawn.|Amiodarone|medication",
        "Monthly infusions of infliximab were given. After the third of the infusions she"
            + " became short of breath.|Infliximab|the infusions",
        // a class word for a drug of that class the case names
        "He was on metoprolol. The beta blocker was stopped because of bradycardia."
            + "|Metoprolol|beta blocker",
        "Cisplatin was given for ovarian cancer. The chemotherapy was complicated by tinnitus."
            + "|Cisplatin|chemotherapy"
      })
  void shouldResolveReferencesToTheDrugNamedBefore(String text, String drug, String reference) {
    LexiconExtractor.Analysis a = read(text);
    assertThat(anchorWords(a, exposureOf(a, drug)))
        .anyMatch(words -> words.toLowerCase().contains(reference.toLowerCase()));
  }

  @Test
  void shouldKeepAClassWordItsOwnExposureWhenTheCaseNamesNoDrugOfTheClass() {
    LexiconExtractor.Analysis a =
        read("She was treated with metformin. The chemotherapy was stopped after two cycles.");
    Exposure chemotherapy = exposureOf(a, "Chemotherapy");
    assertThat(chemotherapy.drugClass()).isTrue();
    assertThat(anchorWords(a, exposureOf(a, "Metformin"))).containsExactly("metformin");
  }

  @Test
  void shouldNotResolveAReferenceToADrugNamedAfterIt() {
    LexiconExtractor.Analysis a = read("The drug was stopped. Later she was given heparin.");
    assertThat(anchorWords(a, exposureOf(a, "Heparin"))).containsExactly("heparin");
  }

  @Test
  void shouldNotTakeANegatedDrugForAnExposure() {
    LexiconExtractor.Analysis a = read("No antibiotics were given. She received paracetamol.");
    assertThat(a.timeline().exposures())
        .extracting(e -> a.found().get(e.firstFound()).concept().name())
        .containsExactly("Acetaminophen");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Lithium was started for mania. Lithium was discontinued a year later.|Lithium|STOPPED",
        "Valproate was stopped and he was switched to levetiracetam.|Valproic acid|STOPPED",
        "Carbamazepine was switched to lamotrigine.|Carbamazepine|SWITCHED",
        "The dose of amlodipine was reduced.|Amlodipine|DOSE_CHANGED",
        "On rechallenge with allopurinol the rash recurred.|Allopurinol|RESTARTED",
        "Warfarin was initiated after the embolism.|Warfarin|STARTED"
      })
  void shouldPutWhatHappenedOnTheDrugItHappenedTo(String text, String drug, EventType event) {
    LexiconExtractor.Analysis a = read(text);
    assertThat(exposureOf(a, drug).events()).extracting(Episodes.Event::type).contains(event);
  }

  @Test
  void shouldPutAStopReadThroughAReferenceOnTheDrugReferredTo() {
    LexiconExtractor.Analysis a =
        read(
            "She was started on lamotrigine. Nineteen days later she had a rash. The drug was"
                + " discontinued and she was treated with prednisolone.");
    assertThat(exposureOf(a, "Lamotrigine").events())
        .extracting(Episodes.Event::type)
        .contains(EventType.STOPPED);
    assertThat(exposureOf(a, "Prednisolone").events())
        .extracting(Episodes.Event::type)
        .doesNotContain(EventType.STOPPED);
  }
}
