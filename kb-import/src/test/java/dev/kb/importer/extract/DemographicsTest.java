package dev.kb.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The patient's age and sex across wordings, read from patient/demographics.tsv. */
class DemographicsTest {

  private static final Extractor EXTRACTOR = LexiconExtractor.withBundledData();

  static Stream<Arguments> rows() throws IOException {
    try (InputStream in = DemographicsTest.class.getResourceAsStream("/patient/demographics.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.isBlank() && !line.startsWith("#"))
              .map(line -> line.split("\t"))
              .map(row -> Arguments.of(Named.of(String.join(" | ", row), row)))
              .toList()
              .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("rows")
  void shouldReadThePatientsAgeAndSexNotARelatives(String[] row) {
    Extraction extraction = EXTRACTOR.extract(row[0]);
    assertThat(extraction.patientAge())
        .as("age")
        .isEqualTo(row[1].equals("-") ? null : Integer.valueOf(row[1]));
    assertThat(extraction.patientSex()).as("sex").isEqualTo(row[2].equals("-") ? null : row[2]);
  }

  @Test
  void shouldNameFileAndLineOfABadSex() {
    assertThatThrownBy(
            () -> Demographics.parse("persons.tsv", "word\trole\tsex\nwoman\tpatient\tf\n"))
        .hasMessageStartingWith("persons.tsv:2:");
  }
}
