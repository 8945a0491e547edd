package dev.kb.importer.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CaseGeneratorTest {

  private static List<SyntheticCase> cases(long seed, int count) {
    CaseGenerator generator = CaseGenerator.withBundledLexicon(seed);
    return LongStream.rangeClosed(1, count).mapToObj(generator::generate).toList();
  }

  @Test
  void shouldWriteTheSameCasesForTheSameSeed() {
    assertThat(cases(42, 50)).isEqualTo(cases(42, 50));
    assertThat(cases(42, 50)).isNotEqualTo(cases(43, 50));
  }

  @Test
  void shouldWriteACaseIndependentlyOfTheCasesBeforeIt() {
    CaseGenerator generator = CaseGenerator.withBundledLexicon(7);
    SyntheticCase direct = generator.generate(500);
    cases(7, 499);
    assertThat(CaseGenerator.withBundledLexicon(7).generate(500)).isEqualTo(direct);
    assertThat(direct.source()).isEqualTo("synthetic:7:500");
  }

  @Test
  void shouldWriteATitleABlankLineThenAReportOfAboutOneHundredFiftyToFourHundredWords() {
    for (SyntheticCase c : cases(1, 1000)) {
      assertThat(c.text()).startsWith(c.title() + "\n\n");
      assertThat(c.title()).doesNotEndWith(".").hasSizeLessThan(200);
      assertThat(c.text().split("\\s+").length).isBetween(150, 400);
      assertThat(c.age()).isBetween(1, 95);
      assertThat(c.text()).contains(c.age() + "-year-old").doesNotContain("A 8", " a 8");
    }
  }

  @Test
  void shouldVaryWordingFindingsPatientsAndSpelling() {
    List<SyntheticCase> cases = cases(3, 1000);
    Set<String> sentences = new HashSet<>();
    Set<Integer> ages = new HashSet<>();
    Set<String> diagnoses = new HashSet<>();
    Set<String> sexes = new HashSet<>();
    for (SyntheticCase c : cases) {
      for (String sentence : c.text().split("(?<=\\.)\\s+")) {
        sentences.add(sentence);
      }
      ages.add(c.age());
      diagnoses.add(c.diagnosisId());
      sexes.add(c.sex());
    }
    String all = String.join("\n", cases.stream().map(SyntheticCase::text).toList());
    assertThat(sentences).hasSizeGreaterThan(5000);
    assertThat(ages).hasSizeGreaterThan(70);
    assertThat(ages.stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThan(18);
    assertThat(ages.stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThan(85);
    assertThat(diagnoses).hasSizeGreaterThan(100);
    assertThat(sexes).containsExactlyInAnyOrder("female", "male");
    assertThat(all)
        .contains("denied", "There was no ", " without ", "was ruled out", "was suspected")
        .contains("family history of", "history of", "was started", "was treated with")
        .contains("favourable", "favorable", "centre", "center")
        .contains("MRI", "CT");
  }

  @Test
  void shouldWriteNamesAsProse() {
    assertThat(Names.bundled().prose("Multiple sclerosis")).isEqualTo("multiple sclerosis");
    assertThat(Names.bundled().prose("Parkinson disease")).isEqualTo("Parkinson disease");
    assertThat(Names.bundled().prose("HIV infection")).isEqualTo("HIV infection");
    assertThat(Names.bundled().prose("Hepatitis B")).isEqualTo("hepatitis B");
    assertThat(Prose.article("MRI")).isEqualTo("an");
    assertThat(Prose.article("CT scan")).isEqualTo("a");
    assertThat(Prose.article("ultrasound")).isEqualTo("an");
  }
}
