package dev.kb.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kb.importer.lexicon.GenericConcepts;
import dev.kb.importer.text.Tokenizer;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SideEffectCuesTest {

  @Test
  void shouldJoinSetsAndReadWords() {
    SideEffectCues cues =
        SideEffectCues.parse(
            "test.tsv",
            "# comment\nset\tphrase\ncause\tcaused by\nlink\tafter\nwords\tof\nwords\tby\n");

    assertThat(cues.words("words")).containsExactlyInAnyOrder("of", "by");
    var tokens = Tokenizer.tokenize("rash caused by amoxicillin after surgery");
    Cues joined = cues.cues("cause", "link");
    assertThat(joined.first(tokens, 0, tokens.size())).isEqualTo(1);
    assertThat(joined.last(tokens, 0, tokens.size())).isEqualTo(4);
  }

  @Test
  void shouldNameTheFileAndLineOfABadRowAndAMissingSet() {
    assertThatThrownBy(() -> SideEffectCues.parse("test.tsv", "set\tphrase\nonly-a-set\n"))
        .hasMessage("test.tsv:2: expected set<TAB>phrase");
    SideEffectCues cues = SideEffectCues.parse("test.tsv", "a\tb\n");
    assertThatThrownBy(() -> cues.cues("missing"))
        .hasMessageContaining("test.tsv: no phrase for set 'missing'");
  }

  @Test
  void shouldHaveEverySetTheRulesReadInTheBundledFile() {
    assertThat(SideEffectCues.bundled().words("person")).contains("patient");
    // Building the rules reads every set; a missing one fails here.
    assertThat(SideEffectRules.from(SideEffectCues.bundled(), Set.of(), GenericConcepts.bundled()))
        .isNotNull();
    assertThat(
            LexiconExtractor.standard()
                .extract("She developed a rash after amoxicillin.")
                .relations())
        .isNotEmpty();
  }
}
