package dev.kb.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentences where a drug and a finding stand close together, yet the drug did not cause it. */
class SideEffectLinkTest {

  private static final Extractor EXTRACTOR = LexiconExtractor.withBundledData();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Successful treatment of psoriasis with methotrexate.",
        "A woman with epilepsy on valproate was admitted.",
        "The rash was treated with prednisone.",
        "Methotrexate was stopped and she was treated with prednisone for the rash.",
        // "of" belongs to "the colon", not to the drug named much later.
        "He had an adenocarcinoma of the colon, and two years later received cisplatin.",
        "Treatment of hypertension in patients taking lisinopril."
      })
  void shouldNotLinkTreatmentsAsCauses(String sentence) {
    Extraction extraction = EXTRACTOR.extract(sentence);
    assertThat(extraction.relations())
        .noneMatch(r -> r.type() == RelationType.CAUSES)
        .as("mentions %s", extraction.mentions());
  }
}
