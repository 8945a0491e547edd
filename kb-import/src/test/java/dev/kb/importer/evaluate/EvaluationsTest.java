package dev.kb.importer.evaluate;

import static dev.kb.core.concept.ConceptKind.DIAGNOSIS;
import static dev.kb.core.concept.ConceptKind.DRUG;
import static dev.kb.core.concept.ConceptKind.INVESTIGATION;
import static dev.kb.core.concept.ConceptKind.SIDE_EFFECT;
import static dev.kb.core.concept.ConceptKind.SYMPTOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kb.importer.evaluate.StubExtractor.Cause;
import dev.kb.importer.evaluate.StubExtractor.Prediction;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The scorers on tiny hand-made gold files, with hand-made predictions and hand-counted scores. */
class EvaluationsTest {

  private static final Offset<Double> EXACT = within(1e-9);

  static Path resource(String name) {
    try {
      return Path.of(EvaluationsTest.class.getResource("/evaluate/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void shouldScoreMaccrobatStrictOverlapAndNegation() {
    StubExtractor extractor =
        new StubExtractor()
            .predict(
                "A man had fever",
                List.of(
                    Prediction.of(SYMPTOM, "fever"),
                    new Prediction(SYMPTOM, "a rash", 0, true),
                    new Prediction(SIDE_EFFECT, "cough", 0, true),
                    new Prediction(SYMPTOM, "man", 0, true),
                    Prediction.of(DIAGNOSIS, "Aspirin"),
                    Prediction.of(INVESTIGATION, "ECG")),
                List.of());

    Report report = Evaluations.maccrobat(extractor, resource("maccrobat"));

    assertThat(report.documents()).isEqualTo(1);
    assertScore(report.row("symptom", "strict"), 0.5, 2.0 / 3, 4.0 / 7);
    assertScore(report.row("symptom", "overlap"), 0.75, 1.0, 6.0 / 7);
    assertScore(report.row("investigation", "strict"), 1.0, 1.0, 1.0);
    assertScore(report.row("drug", "overlap"), 0.0, 0.0, 0.0);
    assertThat(report.row("drug", "overlap").score()).isEqualTo(new Score(0, 0, 1, 0));
    assertThat(report.row("diagnosis", "strict").score()).isEqualTo(new Score(1, 0, 0, 0));
    // "man" is negated but overlaps no gold entity of a scored type: outside the precision.
    assertThat(report.row("negation", "overlap").score()).isEqualTo(new Score(2, 1, 1, 1));
    assertScore(report.row("negation", "overlap"), 0.5, 1.0, 2.0 / 3);
    // Assertion: fever, rash, cough, Aspirin and ECG are overlapped; rash and cough said NEG.
    assertThat(report.row("negation assertion", "overlap").score())
        .isEqualTo(new Score(2, 1, 1, 1));
  }

  @Test
  void shouldScoreNegationAssertionOnlyOverFoundEntities() {
    StubExtractor extractor =
        new StubExtractor()
            .predict(
                "A man had fever",
                List.of(
                    Prediction.of(SYMPTOM, "fever"),
                    new Prediction(SYMPTOM, "rash", 0, true),
                    Prediction.of(DRUG, "Aspirin")),
                List.of());

    Report report = Evaluations.maccrobat(extractor, resource("maccrobat"));

    // End to end, the NEG cough that nothing found counts as missed.
    assertThat(report.row("negation", "overlap").score()).isEqualTo(new Score(1, 0, 1, 0));
    // As assertion classification only fever, rash and Aspirin are judged: no gold NEG among them.
    assertThat(report.row("negation assertion", "overlap").score())
        .isEqualTo(new Score(1, 0, 0, 0));
  }

  @Test
  void shouldScoreAdePairsPerSentenceIncludingNegativeSentences() {
    StubExtractor extractor =
        new StubExtractor()
            .predict(
                "Rash after amoxicillin",
                List.of(
                    Prediction.of(SIDE_EFFECT, "Rash"),
                    Prediction.of(DRUG, "amoxicillin"),
                    Prediction.of(DRUG, "metformin")),
                List.of(new Cause(1, 0), new Cause(2, 0)))
            .predict(
                "Severe hepatotoxicity",
                List.of(
                    Prediction.of(SIDE_EFFECT, "Severe hepatotoxicity"),
                    Prediction.of(DRUG, "isoniazid")),
                List.of(new Cause(1, 0)))
            .predict(
                "Aspirin was given",
                List.of(Prediction.of(DRUG, "Aspirin"), Prediction.of(SIDE_EFFECT, "headache")),
                List.of(new Cause(0, 1)));

    Report report = Evaluations.ade(extractor, resource("ade"));

    // The negative line repeating a positive sentence is not a second sentence.
    assertThat(report.documents()).isEqualTo(3);
    assertThat(report.row("drug -> effect pairs", "overlap").score())
        .isEqualTo(new Score(4, 2, 3, 2));
    assertScore(report.row("drug -> effect pairs", "overlap"), 0.5, 2.0 / 3, 4.0 / 7);
    assertThat(report.row("drug", "overlap").score()).isEqualTo(new Score(3, 3, 3, 3));
  }

  @Test
  void shouldScoreBc5cdrChemicalsAndDiseases() {
    StubExtractor extractor =
        new StubExtractor()
            .predict(
                "Lithium toxicity",
                List.of(
                    Prediction.of(DRUG, "Lithium"),
                    new Prediction(DRUG, "Lithium", 1, false),
                    Prediction.of(SYMPTOM, "tremor"),
                    Prediction.of(DIAGNOSIS, "renal")),
                List.of())
            .predict(
                "No findings",
                List.of(
                    Prediction.of(DRUG, "findings"),
                    Prediction.of(INVESTIGATION, "Patient"),
                    Prediction.of(DRUG, "aspirin")),
                List.of());

    Report report = Evaluations.bc5cdr(extractor, resource("bc5cdr/mini.PubTator.txt"));

    assertThat(report.documents()).isEqualTo(2);
    assertScore(report.row("chemical", "strict"), 0.75, 1.0, 6.0 / 7);
    assertScore(report.row("disease", "strict"), 0.5, 1.0 / 3, 0.4);
    assertScore(report.row("disease", "overlap"), 1.0, 2.0 / 3, 0.8);
  }

  // BC5CDR marks specific diseases only: a generic outcome ("side effects") is not counted.
  @Test
  void shouldNotCountGenericOutcomesAsBc5cdrDiseases() {
    StubExtractor extractor =
        new StubExtractor()
            .predict(
                "Lithium toxicity",
                List.of(
                    Prediction.of(SYMPTOM, "tremor"),
                    Prediction.ofConcept(SYMPTOM, "caused", "KB:adverse-event")),
                List.of());

    Report report = Evaluations.bc5cdr(extractor, resource("bc5cdr/mini.PubTator.txt"));

    assertScore(report.row("disease", "strict"), 1.0, 1.0 / 3, 0.5);
  }

  @Test
  void shouldDefineZeroScoresWithoutDividingByZero() {
    assertThat(Score.ZERO.precision()).isZero();
    assertThat(Score.ZERO.f1()).isZero();
    assertThat(new Score(2, 1, 4, 1).plus(new Score(1, 1, 0, 0))).isEqualTo(new Score(3, 2, 4, 1));
  }

  private static void assertScore(ScoreRow row, double p, double r, double f1) {
    assertThat(row.score().precision()).as(row + " P").isCloseTo(p, EXACT);
    assertThat(row.score().recall()).as(row + " R").isCloseTo(r, EXACT);
    assertThat(row.score().f1()).as(row + " F1").isCloseTo(f1, EXACT);
  }
}
