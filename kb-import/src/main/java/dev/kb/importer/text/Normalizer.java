package dev.kb.importer.text;

import java.util.Locale;

/**
 * Reduces a word to the form used for matching: lower case, US spelling, singular.
 *
 * <p>The same function is applied to the text and to every lexicon and context phrase, so a rule
 * only needs to be consistent, not linguistically exact: "diabetes" becoming "diabete" on both
 * sides is harmless. Spelling rules are general (ae/oe to e, sulph to sulf, -our to -or, -ise to
 * -ize) rather than a list of words, so unseen words like "haemolysis" or "hospitalised" are
 * covered too.
 */
public final class Normalizer {

  private Normalizer() {}

  /** The matching form of one word. */
  public static String normalize(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    w = w.replace("'", "");
    if (w.isEmpty() || Character.isDigit(w.charAt(0))) {
      return w;
    }
    return singular(usSpelling(w));
  }

  private static String usSpelling(String w) {
    String s = w;
    if (s.length() > 4) {
      // haem-, anaem-, paed-, oedema, diarrhoea, oesophagus: British digraphs reduce to "e".
      s = s.replace("ae", "e").replace("oe", "e");
    }
    if (s.contains("sulph")) {
      // sulphate, sulphonamide, sulphasalazine
      s = s.replace("sulph", "sulf");
    }
    if (s.length() > 4 && s.endsWith("our")) {
      s = s.substring(0, s.length() - 3) + "or";
    } else if (s.length() > 5 && s.endsWith("ours")) {
      s = s.substring(0, s.length() - 4) + "ors";
    }
    s = replaceSuffix(s, "isation", "ization");
    s = replaceSuffix(s, "isations", "izations");
    s = replaceSuffix(s, "ised", "ized");
    s = replaceSuffix(s, "ising", "izing");
    s = replaceSuffix(s, "ise", "ize");
    s = replaceSuffix(s, "ises", "izes");
    return s;
  }

  private static String replaceSuffix(String s, String suffix, String replacement) {
    // Short words ("rise", "wise") keep their spelling.
    if (s.length() > suffix.length() + 3 && s.endsWith(suffix)) {
      return s.substring(0, s.length() - suffix.length()) + replacement;
    }
    return s;
  }

  private static String singular(String s) {
    int n = s.length();
    if (n <= 3) {
      return s;
    }
    if (s.endsWith("ies") && n > 4) {
      return s.substring(0, n - 3) + "y";
    }
    if (s.endsWith("sses")
        || s.endsWith("ches")
        || s.endsWith("shes")
        || s.endsWith("xes")
        || s.endsWith("zes")) {
      return s.substring(0, n - 2);
    }
    if (s.endsWith("s")
        && !s.endsWith("ss")
        && !s.endsWith("us")
        && !s.endsWith("is")
        && !s.endsWith("os")) {
      return s.substring(0, n - 1);
    }
    return s;
  }
}
