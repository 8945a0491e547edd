package dev.kb.importer.text;

/** A stretch of a text by character offsets, end exclusive. */
public record TextSpan(int start, int end) {

  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("Bad span " + start + ".." + end);
    }
  }
}
