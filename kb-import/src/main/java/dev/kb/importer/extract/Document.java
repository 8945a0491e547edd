package dev.kb.importer.extract;

import dev.kb.importer.text.TextSpan;
import dev.kb.importer.text.Token;
import java.util.List;

/**
 * The tokenised text: all tokens in order, and for each sentence the range of its tokens.
 *
 * @param sentences the sentences' character spans
 * @param tokens all tokens of all sentences
 * @param sentenceTokens for each sentence, the span of its token indices
 */
record Document(List<TextSpan> sentences, List<Token> tokens, List<TextSpan> sentenceTokens) {

  int sentenceStart(int sentence) {
    return sentenceTokens.get(sentence).start();
  }

  int sentenceEnd(int sentence) {
    return sentenceTokens.get(sentence).end();
  }
}
