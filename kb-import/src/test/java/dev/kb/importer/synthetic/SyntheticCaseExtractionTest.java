package dev.kb.importer.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.concept.ConceptKind;
import dev.kb.core.fact.Polarity;
import dev.kb.importer.extract.Extraction;
import dev.kb.importer.extract.LexiconExtractor;
import dev.kb.importer.extract.Mention;
import dev.kb.importer.extract.RelationType;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated reports read back through the real extractor, in aggregate. */
class SyntheticCaseExtractionTest {

  private static final int CASES = 400;

  private static int diagnosisFound;
  private static int ageRead;
  private static int sexRead;
  private static int negated;
  private static final Set<ConceptKind> kinds = EnumSet.noneOf(ConceptKind.class);
  private static final Set<RelationType> relations = EnumSet.noneOf(RelationType.class);

  @BeforeAll
  static void extract() {
    CaseGenerator generator = CaseGenerator.withBundledLexicon(2024);
    LexiconExtractor extractor = LexiconExtractor.standard();
    for (int n = 1; n <= CASES; n++) {
      SyntheticCase c = generator.generate(n);
      Extraction extraction = extractor.extract(c.text());
      boolean found = false;
      for (Mention m : extraction.mentions()) {
        kinds.add(m.kind());
        if (m.polarity() == Polarity.NEGATED) {
          negated++;
        }
        found |=
            m.concept().id().equals(c.diagnosisId())
                && m.kind() == ConceptKind.DIAGNOSIS
                && m.polarity() == Polarity.AFFIRMED;
      }
      extraction.relations().forEach(r -> relations.add(r.type()));
      diagnosisFound += found ? 1 : 0;
      ageRead += Integer.valueOf(c.age()).equals(extraction.patientAge()) ? 1 : 0;
      sexRead += c.sex().equals(extraction.patientSex()) ? 1 : 0;
    }
  }

  @Test
  void shouldYieldFactsOfAllFiveKindsAndAllRelations() {
    assertThat(kinds).containsExactlyInAnyOrder(ConceptKind.values());
    assertThat(relations).containsExactlyInAnyOrder(RelationType.values());
  }

  @Test
  void shouldYieldNegatedFacts() {
    assertThat(negated).isGreaterThan(CASES / 2);
  }

  @Test
  void shouldFindTheCaseDiagnosisInMostCases() {
    assertThat((double) diagnosisFound / CASES).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void shouldReadThePatientsAgeAndSex() {
    assertThat((double) ageRead / CASES).isGreaterThanOrEqualTo(0.95);
    assertThat((double) sexRead / CASES).isGreaterThanOrEqualTo(0.95);
  }
}
