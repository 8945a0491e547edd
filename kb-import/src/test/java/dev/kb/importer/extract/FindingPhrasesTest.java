package dev.kb.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kb.core.concept.ConceptKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Findings named by a body structure and a finding word. */
class FindingPhrasesTest {

  private static final Extractor EXTRACTOR = LexiconExtractor.standard();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Abdominal ultrasound showed hepatic enlargement.|hepatic enlargement|SYMPTOM",
        "There was marked thickening of the bladder wall.|thickening of the bladder wall|SYMPTOM",
        "CT showed a dilated common bile duct.|dilated common bile duct|SYMPTOM",
        "On examination the thyroid gland was diffusely enlarged."
            + "|thyroid gland was diffusely enlarged|SYMPTOM",
        "Bronchoscopy revealed tracheal narrowing.|tracheal narrowing|SYMPTOM",
        "MRI showed a pituitary mass compressing the optic chiasm.|pituitary mass|SYMPTOM",
        "She was admitted with acute renal failure.|acute renal failure|DIAGNOSIS",
        "The patient died of multiorgan failure after hepatic failure.|hepatic failure|DIAGNOSIS",
        "Angiography showed occlusion of the left femoral artery."
            + "|occlusion of the left femoral artery|SYMPTOM"
      })
  void shouldReadStructureAndFindingAsOneFinding(String text, String matched, String kind) {
    Extraction extraction = EXTRACTOR.extract(text);
    Mention mention = Mentions.byText(extraction, matched);
    assertThat(mention.kind()).isEqualTo(ConceptKind.valueOf(kind));
    assertThat(mention.evidence().start()).isEqualTo(text.indexOf(matched));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a structure alone, or a finding word with no structure, is no finding phrase
        "The liver and spleen were normal in size.|liver",
        "Biopsy of the lung was performed.|lung",
        // a structure another mention holds stays with it
        "Liver function tests were normal.|Liver function tests were normal"
      })
  void shouldNotReadFindingWithoutBothParts(String text, String notMatched) {
    assertThat(EXTRACTOR.extract(text).mentions())
        .extracting(m -> m.evidence().matchedText())
        .doesNotContain(notMatched);
  }

  @Test
  void shouldRejectMalformedLines() {
    assertThatThrownBy(() -> FindingPhrases.parse("f.tsv", "head\tmass\tSYMPTOM\n"))
        .hasMessageContaining("f.tsv:1");
    assertThatThrownBy(() -> FindingPhrases.parse("f.tsv", "organ\tliver\t\t\n"))
        .hasMessageContaining("unknown role");
    assertThatThrownBy(() -> FindingPhrases.parse("f.tsv", "head\tbig mass\tSYMPTOM\tMass\n"))
        .hasMessageContaining("one word");
  }

  @Test
  void shouldKeepLexiconNameOfWholePhrase() {
    Extraction extraction = EXTRACTOR.extract("Chest X-ray showed a pleural effusion.");
    Mention mention = Mentions.byText(extraction, "pleural effusion");
    assertThat(FindingPhrases.isPhrase(mention.concept())).isFalse();
    assertThat(List.of(mention.concept().codes())).isNotEmpty();
  }
}
