package dev.kb.importer.extract;

import dev.kb.importer.text.TextSpan;
import dev.kb.importer.text.Token;
import java.util.List;

/**
 * The tokenised text: all tokens in order, and for each sentence the range of its tokens.
 *
 * @param text the whole text
 * @param sentences the sentences' character spans
 * @param tokens all tokens of all sentences
 * @param sentenceTokens for each sentence, the span of its token indices
 * @param budget the time the extraction may take
 */
record Document(
    String text,
    List<TextSpan> sentences,
    List<Token> tokens,
    List<TextSpan> sentenceTokens,
    TimeBudget budget) {

  /**
   * Throws {@link TimeBudgetExceededException} when the extraction's time is up; the stages call it
   * once per item of their main loop, so they stop soon after.
   */
  void checkBudget() {
    budget.check();
  }

  /**
   * Whether a slash joins token {@code at - 1} to token {@code at} ("SJS/TEN"); the tokenizer drops
   * slashes.
   */
  boolean slashBefore(int at) {
    if (at <= 0 || at >= tokens.size()) {
      return false;
    }
    int from = tokens.get(at - 1).end();
    int to = tokens.get(at).start();
    return to - from == 1 && text.charAt(from) == '/';
  }

  int sentenceStart(int sentence) {
    return sentenceTokens.get(sentence).start();
  }

  int sentenceEnd(int sentence) {
    return sentenceTokens.get(sentence).end();
  }
}
