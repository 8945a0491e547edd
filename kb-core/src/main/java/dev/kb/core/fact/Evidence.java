package dev.kb.core.fact;

/**
 * Where a fact was read: the sentence and the character offsets into the original case text, with
 * the words found there. {@code text.substring(start, end)} equals {@code matchedText}.
 *
 * @param sentenceIndex zero-based index of the sentence in the case text
 * @param start offset of the first character, inclusive
 * @param end offset after the last character, exclusive
 * @param matchedText the words of the text between the offsets
 */
public record Evidence(int sentenceIndex, int start, int end, String matchedText) {

  public Evidence {
    if (sentenceIndex < 0 || start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "Bad evidence span: sentence " + sentenceIndex + ", " + start + ".." + end);
    }
    if (matchedText.length() != end - start) {
      throw new IllegalArgumentException(
          "Matched text '" + matchedText + "' does not span " + start + ".." + end);
    }
  }
}
