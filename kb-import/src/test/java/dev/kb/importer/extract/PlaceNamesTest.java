package dev.kb.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kb.importer.text.DataFile;
import dev.kb.importer.text.Token;
import dev.kb.importer.text.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Place names across specialties, read from patient/place-names.tsv, with the bundled words. */
class PlaceNamesTest {

  private static final PlaceNames NAMES =
      PlaceNames.parse(PlaceNames.FILE, DataFile.bundled(PlaceNames.FILE));

  static Stream<Arguments> rows() throws IOException {
    try (InputStream in = PlaceNamesTest.class.getResourceAsStream("/patient/place-names.tsv")) {
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
  void shouldFindPlaceNames(String[] row) {
    String sentence = row[0];
    List<Token> tokens = Tokenizer.tokenize(sentence);
    List<String> names =
        NAMES.find(tokens, 0, tokens.size()).stream()
            .map(n -> sentence.substring(tokens.get(n[0]).start(), tokens.get(n[1] - 1).end()))
            .toList();
    switch (row[1]) {
      case "name" -> assertThat(names).contains(row[2]);
      case "outside" -> assertThat(names).noneMatch(name -> name.contains(row[2]));
      default -> throw new IllegalArgumentException("Unknown check " + row[1]);
    }
  }

  @Test
  void shouldNameFileAndLineOfABadRole() {
    assertThatThrownBy(() -> PlaceNames.parse("places.tsv", "word\trole\nclinic\tbuilding\n"))
        .hasMessageStartingWith("places.tsv:2:");
  }
}
