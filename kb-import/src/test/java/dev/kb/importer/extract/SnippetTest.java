package dev.kb.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.fact.Certainty;
import dev.kb.core.fact.Experiencer;
import dev.kb.core.fact.Polarity;
import dev.kb.core.fact.Temporality;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven checks of short case snippets across specialties, read from snippets.tsv and
 * patient-context.tsv.
 */
class SnippetTest {

  private static final Extractor EXTRACTOR = LexiconExtractor.standard();

  private static final List<String> FILES =
      List.of("/snippets/snippets.tsv", "/snippets/patient-context.tsv");

  static Stream<Arguments> snippets() throws IOException {
    List<Arguments> snippets = new ArrayList<>();
    for (String file : FILES) {
      try (InputStream in = SnippetTest.class.getResourceAsStream(file)) {
        String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        content
            .lines()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .map(line -> line.split("\t"))
            .map(row -> Arguments.of(Named.of(String.join(" | ", row), row)))
            .forEach(snippets::add);
      }
    }
    return snippets.stream();
  }

  @ParameterizedTest
  @MethodSource("snippets")
  void shouldReadSnippetAsExpected(String[] row) {
    String text = row[0];
    Extraction extraction = EXTRACTOR.extract(text);
    switch (row[1]) {
      case "mention" -> checkMention(text, extraction, row);
      case "absent" ->
          assertThat(extraction.mentions())
              .extracting(m -> m.evidence().matchedText())
              .doesNotContain(row[2]);
      case "relation" -> checkRelation(extraction, row);
      case "age" -> assertThat(extraction.patientAge()).isEqualTo(Integer.valueOf(row[2]));
      case "sex" -> assertThat(extraction.patientSex()).isEqualTo(row[2]);
      default -> throw new IllegalArgumentException("Unknown check " + row[1]);
    }
  }

  private static void checkMention(String text, Extraction extraction, String[] row) {
    String matched = row[2];
    int start = text.indexOf(matched);
    assertThat(start).as("snippet contains %s", matched).isGreaterThanOrEqualTo(0);
    Mention mention = Mentions.byText(extraction, matched);
    assertThat(mention.evidence().start()).isEqualTo(start);
    assertThat(mention.evidence().end()).isEqualTo(start + matched.length());
    assertThat(mention.kind().label()).isEqualTo(row[3]);
    Set<String> context = Set.copyOf(Arrays.asList(row[4].split(",")));
    assertThat(mention.polarity())
        .isEqualTo(context.contains("NEGATED") ? Polarity.NEGATED : Polarity.AFFIRMED);
    assertThat(mention.certainty())
        .isEqualTo(context.contains("POSSIBLE") ? Certainty.POSSIBLE : Certainty.CERTAIN);
    Temporality temporality =
        context.contains("HYPOTHETICAL")
            ? Temporality.HYPOTHETICAL
            : context.contains("HISTORICAL") ? Temporality.HISTORICAL : Temporality.CURRENT;
    assertThat(mention.temporality()).isEqualTo(temporality);
    assertThat(mention.experiencer())
        .isEqualTo(context.contains("OTHER") ? Experiencer.OTHER : Experiencer.PATIENT);
    if (row.length > 5) {
      assertThat(mention.concept().id()).isEqualTo(row[5]);
    }
  }

  private static void checkRelation(Extraction extraction, String[] row) {
    List<String> relations =
        extraction.relations().stream()
            .map(
                r ->
                    r.type()
                        + " "
                        + extraction.mentions().get(r.from()).evidence().matchedText()
                        + " -> "
                        + extraction.mentions().get(r.to()).evidence().matchedText())
            .toList();
    assertThat(relations).contains(row[2] + " " + row[3] + " -> " + row[4]);
  }
}
