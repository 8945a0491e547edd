package dev.kb.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizerTest {

  @ParameterizedTest
  @CsvSource({
    "diarrhoea, diarrhea",
    "Oedema, edema",
    "tumour, tumor",
    "haemorrhage, hemorrhage",
    "sulphasalazine, sulfasalazine",
    "anaemia, anemia",
    "paediatric, pediatric",
    "hospitalised, hospitalized",
    "fasciculations, fasciculation",
    "twitches, twitch",
    "weaknesses, weakness",
    "biopsies, biopsy",
    "ECGs, ecg",
    "Parkinson's, parkinson",
    "diagnosis, diagnosis",
    "2.5, 2.5",
  })
  void shouldNormaliseSpellingAndNumber(String word, String expected) {
    assertThat(Normalizer.normalize(word)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"cramp-fasciculation, cramp fasciculation", "PET/CT, PET CT"})
  void shouldTokeniseHyphenAndSlashVariantsAlike(String a, String b) {
    assertThat(norms(a)).isEqualTo(norms(b));
  }

  @ParameterizedTest
  @CsvSource({"'  No fever, no rash.'"})
  void shouldKeepOffsetsIntoTheOriginalText(String text) {
    for (Token token : Tokenizer.tokenize(text)) {
      assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
    }
    assertThat(Tokenizer.tokenize(text))
        .extracting(Token::text)
        .containsExactly("No", "fever", ",", "no", "rash", ".");
  }

  private static List<String> norms(String text) {
    return Tokenizer.tokenize(text).stream().map(Token::norm).toList();
  }
}
