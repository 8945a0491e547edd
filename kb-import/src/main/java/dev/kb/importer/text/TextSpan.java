package dev.kb.importer.text;

/**
 * A stretch of a text, start inclusive and end exclusive: character offsets (a sentence, a mention
 * in {@code LinkExample}), or token indices where the name says so ({@code
 * Document.sentenceTokens}).
 */
public record TextSpan(int start, int end) {

  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("Bad span " + start + ".." + end);
    }
  }
}
