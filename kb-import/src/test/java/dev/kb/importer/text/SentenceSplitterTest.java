package dev.kb.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Dr. Smith saw him. He was well.|Dr. Smith saw him.;He was well.",
        "Drugs, e.g. Aspirin, were stopped. Then it improved.|Drugs, e.g. Aspirin, were stopped.;Then it improved.",
        "He got 2.5 mg i.v. Afterwards he slept.|He got 2.5 mg i.v. Afterwards he slept.",
        "Cramps vs. Fasciculations were discussed. See Fig. 2 for details.|Cramps vs. Fasciculations were discussed.;See Fig. 2 for details.",
        "It was approx. 5 cm. It grew (i.e. Doubled).|It was approx. 5 cm.;It grew (i.e. Doubled).",
        "Is it pain? Yes!|Is it pain?;Yes!",
      })
  void shouldSplitSentencesButNotAbbreviations(String text, String expected) {
    List<String> sentences =
        SentenceSplitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    assertThat(sentences).containsExactly(expected.split(";"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'Case report\n\nA man had pain'|Case report;A man had pain",
        "'Findings\nThe EMG was normal.\n\nThe end.'|Findings;The EMG was normal.;The end.",
      })
  void shouldTreatBlankLinesAndHeadingsAsBoundaries(String text, String expected) {
    List<String> sentences =
        SentenceSplitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    assertThat(sentences).containsExactly(expected.split(";"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'The muscle twitches badly\n\nA man came.'|The muscle twitches badly",
        "'A man came. He left.'|",
        "'A man came.\nHe left.'|",
      })
  void shouldFindTitleOnlyBeforeABlankLine(String text, String title) {
    assertThat(SentenceSplitter.titleOf(text)).isEqualTo(title);
  }
}
