package dev.kb.importer.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GenericConceptsTest {

  @Test
  void shouldReadIdsAndSkipCommentsAndHeader() {
    GenericConcepts generic =
        GenericConcepts.parse(
            "g.tsv",
            "# outcomes\nid\tname\nKB:complication\tComplication\n\nMESH:D012816\tSymptoms\n");
    assertThat(generic.contains("KB:complication")).isTrue();
    assertThat(generic.contains("MESH:D012816")).isTrue();
    assertThat(generic.contains("HP:0002664")).isFalse();
  }

  @Test
  void shouldRejectMalformedLinesNamingTheLine() {
    assertThatThrownBy(
            () -> GenericConcepts.parse("g.tsv", "id\tname\ncomplication\tComplication\n"))
        .hasMessageContaining("g.tsv:2");
    assertThatThrownBy(() -> GenericConcepts.parse("g.tsv", "KB:complication\n"))
        .hasMessageContaining("g.tsv:1");
    assertThatThrownBy(() -> GenericConcepts.parse("g.tsv", "KB:complication\t\n"))
        .hasMessageContaining("g.tsv:1");
  }

  @Test
  void shouldBundleTheGenericOutcomes() {
    assertThat(GenericConcepts.bundled().contains("KB:adverse-event")).isTrue();
    assertThat(GenericConcepts.bundled().contains("KB:lesion")).isFalse();
  }
}
