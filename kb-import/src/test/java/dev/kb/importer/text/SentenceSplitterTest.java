package dev.kb.importer.text;

import static dev.kb.importer.text.SentenceSplitter.MAX_SENTENCE_CHARS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
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

  @Test
  void shouldCutAnOverlongSentenceIntoWindowsAtClauseBoundariesLosingNoWord() {
    String text = "fever, cough and rash; ".repeat(500) + "end";
    List<TextSpan> windows = SentenceSplitter.split(text);

    assertThat(windows).hasSizeGreaterThan(1);
    assertThat(windows)
        .allSatisfy(w -> assertThat(w.end() - w.start()).isLessThanOrEqualTo(MAX_SENTENCE_CHARS));
    // Every window but the last ends after a clause mark, and together they keep every word.
    assertThat(windows.subList(0, windows.size() - 1))
        .allSatisfy(w -> assertThat(text.charAt(w.end() - 1)).isIn(',', ';'));
    String joined =
        String.join(" ", windows.stream().map(w -> text.substring(w.start(), w.end())).toList());
    assertThat(joined).isEqualTo(text.strip());
  }

  @Test
  void shouldCutAtWhiteSpaceOrElseAtTheLimitWhenNoClauseMarkIsNear() {
    String words = "headache ".repeat(1_000).strip();
    assertThat(SentenceSplitter.split(words))
        .allSatisfy(w -> assertThat(words.charAt(w.end() - 1)).isEqualTo('e'))
        .allSatisfy(w -> assertThat(w.end() - w.start()).isLessThanOrEqualTo(MAX_SENTENCE_CHARS));

    String oneToken = "x".repeat(2 * MAX_SENTENCE_CHARS + 10);
    assertThat(SentenceSplitter.split(oneToken))
        .extracting(w -> w.end() - w.start())
        .containsExactly(MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 10);

    // Never between the two halves of a character outside the BMP.
    String emoji = "\uD83D\uDE00".repeat(MAX_SENTENCE_CHARS);
    assertThat(SentenceSplitter.split(emoji))
        .allSatisfy(w -> assertThat(Character.isLowSurrogate(emoji.charAt(w.start()))).isFalse());
  }

  @Test
  void shouldLeaveSentencesOfCaseReportsWhole() {
    String sentence = "A 45-year-old man presented with fever. ".repeat(20).strip();
    assertThat(SentenceSplitter.split(sentence)).hasSize(20);
  }
}
