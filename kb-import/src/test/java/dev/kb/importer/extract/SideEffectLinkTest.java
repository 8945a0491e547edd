package dev.kb.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kb.core.concept.ConceptKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentences where a drug and a finding stand close together, yet the drug did not cause it. */
class SideEffectLinkTest {

  private static final LexiconExtractor EXTRACTOR = LexiconExtractor.standard();

  // Search boxes and titles end on a finding, with no full stop after it.
  @ParameterizedTest
  @ValueSource(
      strings = {
        "rash",
        "fever",
        "amoxicillin rash",
        "patients with epilepsy",
        "lithium and tremor",
        "valproate-induced hepatotoxicity"
      })
  void shouldReadATextThatEndsOnAFinding(String text) {
    assertThat(EXTRACTOR.extract(text).mentions()).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Successful treatment of psoriasis with methotrexate.",
        "A woman with epilepsy on valproate was admitted.",
        "The rash was treated with prednisone.",
        "Methotrexate was stopped and she was treated with prednisone for the rash.",
        // "of" belongs to "the colon", not to the drug named much later.
        "He had an adenocarcinoma of the colon, and two years later received cisplatin.",
        "Treatment of hypertension in patients taking lisinopril.",
        // what the patient had before the drug
        "A 50-year-old woman with a history of advanced breast cancer was receiving cisplatin.",
        "Epilepsy patients who are receiving valproate were studied.",
        "Psoriasis treated by methotrexate.",
        // a drug that names what a germ resists was not given
        "Septic arthritis caused by penicillin-resistant pneumococci.",
        "Meningitis due to a vancomycin-resistant strain."
      })
  void shouldNotLinkTreatmentsAsCauses(String sentence) {
    Extraction extraction = EXTRACTOR.extract(sentence);
    assertThat(counted(extraction)).as("mentions %s", extraction.mentions()).isEmpty();
    assertThat(extraction.mentions()).noneMatch(m -> m.kind() == ConceptKind.SIDE_EFFECT);
  }

  // The links that count: CAUSES at or above the extractor's minimum confidence.
  private static List<Relation> counted(Extraction extraction) {
    return extraction.relations().stream()
        .filter(r -> r.type() == RelationType.CAUSES && r.confidence() >= extraction.linkMinimum())
        .toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Skin lesions recurred during chemotherapy.",
        "Hypokalemia developed during diuretic therapy.",
        "Fever and rash appeared after NSAIDs were given.",
        "She was treated with corticosteroids and later developed pneumonia."
      })
  void shouldNotBlameDrugClassForFindingMerelyNearIt(String sentence) {
    Extraction extraction = EXTRACTOR.extract(sentence);
    assertThat(counted(extraction)).as("mentions %s", extraction.mentions()).isEmpty();
    assertThat(extraction.mentions())
        .noneMatch(m -> m.kind() == ConceptKind.SIDE_EFFECT)
        .as("a finding no drug is blamed for stays what it was");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "She developed steroid-induced diabetes.|steroid|diabetes",
        "Osteoporosis is a known side effect of long-term corticosteroid therapy."
            + "|corticosteroid therapy|Osteoporosis",
        "Hypokalemia was caused by diuretics.|diuretics|Hypokalemia",
        // the class word says what the drug before it is
        "Cisplatin is an antineoplastic agent associated with nephrotoxicity.|Cisplatin"
            + "|nephrotoxicity",
        "Vancomycin, an antibiotic, caused nephrotoxicity in this patient.|Vancomycin"
            + "|nephrotoxicity",
        "Cough secondary to the ACE inhibitor lisinopril.|lisinopril|Cough",
        // a finding after a switch came with the drug switched to
        "Rash appeared after switching from carbamazepine to lamotrigine.|lamotrigine|Rash",
        "Hyponatremia developed two weeks after switching from phenytoin to oxcarbazepine."
            + "|oxcarbazepine|Hyponatremia",
        "Tremor induced by replacing valproate with lithium.|lithium|Tremor",
        // what the patient had before takes no blame from the finding that developed after it
        "A 67-year-old man with bipolar disorder developed tremor during lithium treatment."
            + "|lithium|tremor",
        "A young woman with lupus developed seizures after receiving cyclosporine."
            + "|cyclosporine|seizures",
        "A 45-year-old psoriasis patient developed hepatitis during treatment with methotrexate."
            + "|methotrexate|hepatitis"
      })
  void shouldBlameTheDrugNamedForTheHarm(String sentence, String drug, String effect) {
    // The classifier's probabilities, stored or not: the pair the sentence blames comes first.
    List<LinkExample> pairs = EXTRACTOR.linkExamples(sentence);
    LinkExample strongest =
        pairs.stream()
            .max(java.util.Comparator.comparingDouble(LinkExample::probability))
            .orElseThrow(() -> new AssertionError("No drug-finding pair in: " + sentence));
    assertThat(
            sentence.substring(
                    strongest.drugSpans().getFirst().start(),
                    strongest.drugSpans().getFirst().end())
                + " -> "
                + sentence.substring(
                    strongest.findingSpan().start(), strongest.findingSpan().end()))
        .as(
            "pairs %s",
            pairs.stream()
                .map(p -> p.drug().name() + "->" + p.finding().name() + " " + p.probability())
                .toList())
        .isEqualTo(drug + " -> " + effect);
  }

  @Test
  void shouldReadDrugClassesAndRejectUnknownSets() {
    assertThat(
            SideEffectConcepts.parse("s.tsv", "# c\nset\tid\ndrug-class\tMESH:D000894\n")
                .drugClasses())
        .containsExactly("MESH:D000894");
    assertThatThrownBy(() -> SideEffectConcepts.parse("s.tsv", "drug-family\tMESH:D000894\n"))
        .hasMessageContaining("s.tsv:1")
        .hasMessageContaining("unknown set");
    assertThatThrownBy(() -> SideEffectConcepts.parse("s.tsv", "drug-class\n"))
        .hasMessageContaining("expected set<TAB>id");
  }
}
