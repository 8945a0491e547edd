package dev.kb.core.casereport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseNamesTest {

  private static final String ID = "case-0123456789abcdef";

  @Test
  void aTitleIsTheName() {
    assertThat(CaseNames.of(ID, "  The muscle twitches badly ", "x.txt", 52, "male", "Gout"))
        .isEqualTo("The muscle twitches badly");
  }

  @Test
  void withoutATitleThePatientTheDiagnosisAndTheSourceMakeTheName() {
    assertThat(
            CaseNames.of(ID, null, "PMID:15939911", 28, "male", "Wolff-Parkinson-White syndrome"))
        .isEqualTo("28-year-old man with Wolff-Parkinson-White syndrome (PMID:15939911)");
    assertThat(CaseNames.of(ID, "", "reports/cramps.txt", 9, "female", null))
        .isEqualTo("9-year-old girl (cramps)");
    assertThat(CaseNames.of(ID, null, null, null, "female", "sarcoidosis"))
        .isEqualTo("Woman with sarcoidosis");
    assertThat(CaseNames.of(ID, null, "doi:10.1/x", 70, null, null))
        .isEqualTo("70-year-old patient (doi:10.1/x)");
  }

  @Test
  void aDiagnosisAloneStartsWithACapital() {
    assertThat(CaseNames.of(ID, null, "PMID:1", null, null, "lung cancer"))
        .isEqualTo("Lung cancer (PMID:1)");
  }

  @Test
  void withNothingReadTheSourceOrAShortIdIsTheName() {
    assertThat(CaseNames.of(ID, null, "https://example.org/a/b.txt", null, null, null))
        .isEqualTo("https://example.org/a/b");
    assertThat(CaseNames.of(ID, null, null, null, null, null)).isEqualTo("Case 01234567");
  }
}
