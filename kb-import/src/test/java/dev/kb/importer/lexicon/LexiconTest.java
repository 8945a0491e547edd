package dev.kb.importer.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.text.Token;
import dev.kb.importer.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

  private static final String SYMPTOMS =
      """
      # comment
      id\tname\tcodes\tsynonyms
      HP:0002380\tFasciculations\tHP:0002380\ttwitching|muscle twitching
      HP:0002014\tDiarrhea\tHP:0002014\tloose stools
      """;

  @Test
  void shouldPreferTheLongestMatch() {
    Lexicon lexicon =
        Lexicon.parse(List.of(new LexiconFile(ConceptKind.SYMPTOM, "s.tsv", SYMPTOMS)));
    List<Token> tokens = Tokenizer.tokenize("Muscle twitching and diarrhoea");
    assertThat(lexicon.find(tokens, 0, tokens.size()))
        .extracting(m -> m.concept().name() + " " + m.firstToken() + "-" + m.endToken())
        .containsExactly("Fasciculations 0-2", "Diarrhea 3-4");
  }

  @Test
  void shouldMatchAbbreviationsOnlyInCapitals() {
    String content = "MONDO:0004967\tAcute lymphoblastic leukemia\t\tALL\n";
    Lexicon lexicon =
        Lexicon.parse(List.of(new LexiconFile(ConceptKind.DIAGNOSIS, "d.tsv", content)));
    List<Token> lower = Tokenizer.tokenize("all tests");
    List<Token> upper = Tokenizer.tokenize("relapsed ALL");
    assertThat(lexicon.find(lower, 0, lower.size())).isEmpty();
    assertThat(lexicon.find(upper, 0, upper.size())).hasSize(1);
  }

  @Test
  void shouldNameFileAndLineOfAMalformedLine() {
    String content = "id\tname\tcodes\tsynonyms\nHP:1\tOne\tHP:1\t\nHP:2\tTwo only three\n";
    assertThatThrownBy(
            () ->
                Lexicon.parse(
                    List.of(new LexiconFile(ConceptKind.SYMPTOM, "symptoms.tsv", content))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("symptoms.tsv:3:");
  }

  @Test
  void shouldRejectDuplicateIds() {
    String content = "HP:1\tOne\tHP:1\t\nHP:1\tAgain\tHP:1\t\n";
    assertThatThrownBy(
            () ->
                Lexicon.parse(
                    List.of(new LexiconFile(ConceptKind.SYMPTOM, "symptoms.tsv", content))))
        .hasMessageContaining("symptoms.tsv:2: duplicate id HP:1");
  }
}
