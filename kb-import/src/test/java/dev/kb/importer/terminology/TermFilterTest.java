package dev.kb.importer.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermFilterTest {

  private static final TermFilter FILTER = TermFilter.bundled();

  @Test
  void shouldRejectCommonWordsAndGenericNamesInAnySpelling() {
    assertThat(FILTER.clean("Water")).isNull();
    assertThat(FILTER.clean("All")).isNull();
    assertThat(FILTER.clean("Diseases")).isNull();
    assertThat(FILTER.clean("syndrome")).isNull();
    assertThat(FILTER.clean("Tests")).isNull();
    // a surgical act as a bare word, never an investigation; named dissections stay
    assertThat(FILTER.clean("Dissection")).isNull();
    assertThat(FILTER.clean("Microdissection")).isEqualTo("Microdissection");
    assertThat(FILTER.clean("Vertebral Artery Dissection"))
        .isEqualTo("Vertebral Artery Dissection");
  }

  @Test
  void shouldRejectShortSynonymsUnlessAnAcceptedAbbreviation() {
    assertThat(FILTER.clean("CBZ")).isNull();
    assertThat(FILTER.clean("Gum")).isNull();
    assertThat(FILTER.clean("hiv")).isNull();
    assertThat(FILTER.clean("HIV")).isEqualTo("HIV");
    assertThat(FILTER.clean("COPD")).isEqualTo("COPD");
  }

  @Test
  void shouldRejectIndexStyleNames() {
    assertThat(FILTER.clean("Abnormality of the hand")).isNull();
    assertThat(FILTER.clean("Arthritis, Rheumatoid")).isNull();
    assertThat(FILTER.clean("Fracture (bone)")).isNull();
    assertThat(FILTER.clean("obsolete channelopathy")).isNull();
    assertThat(FILTER.clean("Anemia due to chronic disease")).isNull();
    assertThat(FILTER.clean("vesicoureteral reflux 1")).isNull();
    assertThat(FILTER.clean("Wounds and Injuries")).isNull();
  }

  @Test
  void shouldKeepAndTidyOrdinaryNames() {
    assertThat(FILTER.clean("  Multicystic renal  dysplasia. "))
        .isEqualTo("Multicystic renal dysplasia");
    assertThat(FILTER.clean("type 2 diabetes mellitus")).isEqualTo("type 2 diabetes mellitus");
    assertThat(FILTER.clean("Guillain-Barré syndrome")).isEqualTo("Guillain-Barré syndrome");
  }
}
