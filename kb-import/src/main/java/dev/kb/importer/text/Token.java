package dev.kb.importer.text;

/**
 * One word or punctuation mark of a text.
 *
 * @param text the characters as written
 * @param norm the normalised form used for matching
 * @param start offset into the original text, inclusive
 * @param end offset into the original text, exclusive
 */
public record Token(String text, String norm, int start, int end) {

  /** Whether this token is a punctuation mark rather than a word or number. */
  public boolean isPunctuation() {
    return !Character.isLetterOrDigit(text.charAt(0));
  }
}
