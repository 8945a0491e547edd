package dev.kb.importer.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.LexiconExtractor;
import org.junit.jupiter.api.Test;

class MainDiagnosisTest {

  private static final Extractor EXTRACTOR = LexiconExtractor.standard();

  private static String mainDiagnosis(String text) {
    return MainDiagnosis.of(EXTRACTOR.extract(text).mentions());
  }

  @Test
  void theDiagnosisAffirmedMostOftenNamesTheCase() {
    assertThat(
            mainDiagnosis(
                "A 45-year-old woman presented with fever and cough. Tuberculosis was ruled out."
                    + " A biopsy confirmed sarcoidosis. Her sarcoidosis was treated with"
                    + " prednisone."))
        .isEqualToIgnoringCase("sarcoidosis");
  }

  @Test
  void aRuledOutOrSuspectedDiagnosisNamesNothing() {
    assertThat(mainDiagnosis("There was no evidence of tuberculosis. Pneumonia was suspected."))
        .isNull();
  }

  @Test
  void aFamilyMembersDiagnosisNamesNothing() {
    assertThat(mainDiagnosis("His mother had diabetes mellitus. He presented with a headache."))
        .isNull();
  }
}
