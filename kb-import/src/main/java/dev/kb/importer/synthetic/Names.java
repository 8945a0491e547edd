package dev.kb.importer.synthetic;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the generator writes the lexicon's names, from {@code kb/synthetic/names.tsv}: which words
 * keep their capital in running text, which synonyms it never writes, and which words in a
 * diagnosis's name mean only women or only men have it.
 */
final class Names {

  static final String FILE = "kb/synthetic/names.tsv";
  static final List<String> RULES =
      List.of("eponym", "awkward", "adjective-ending", "female-only", "male-only");

  private final Set<String> eponyms;
  private final Set<String> awkward;
  private final List<String> adjectiveEndings;
  private final List<String> femaleOnly;
  private final List<String> maleOnly;

  Names(Map<String, List<String>> byRule) {
    eponyms = Set.copyOf(rule(byRule, "eponym"));
    awkward = Set.copyOf(rule(byRule, "awkward"));
    adjectiveEndings = rule(byRule, "adjective-ending");
    femaleOnly = rule(byRule, "female-only");
    maleOnly = rule(byRule, "male-only");
  }

  /** The words of a rule: the file is read with every rule as a key, so each has a list. */
  private static List<String> rule(Map<String, List<String>> byRule, String rule) {
    return Objects.requireNonNull(byRule.get(rule), () -> "no rule '" + rule + "'");
  }

  /** The rules bundled in this jar. */
  static Names bundled() {
    return new Names(KeyedLists.read(FILE, "rule\tword", RULES));
  }

  /**
   * Whether a synonym can follow "presented with" or "treated with": not one that reads badly there
   * ("short of breath"), nor a one-word adjective ("febrile", "confused", "hypotensive") that
   * describes the patient.
   */
  boolean writable(String synonym) {
    return !awkward.contains(synonym) && !isAdjective(synonym);
  }

  private boolean isAdjective(String synonym) {
    if (synonym.contains(" ") || synonym.chars().filter(Character::isUpperCase).count() >= 2) {
      return false;
    }
    String s = synonym.toLowerCase(Locale.ROOT);
    return adjectiveEndings.stream().anyMatch(s::endsWith);
  }

  /** Whether a diagnosis of this name only occurs in women ("ovarian cancer"). */
  boolean femaleOnly(String diagnosisName) {
    String name = diagnosisName.toLowerCase(Locale.ROOT);
    return femaleOnly.stream().anyMatch(name::contains);
  }

  /** Whether a diagnosis of this name only occurs in men ("prostate cancer"). */
  boolean maleOnly(String diagnosisName) {
    String name = diagnosisName.toLowerCase(Locale.ROOT);
    return maleOnly.stream().anyMatch(name::contains);
  }

  /**
   * A preferred name as running text writes it: lexicon names are sentence case ("Multiple
   * sclerosis"), prose is lower case except for eponyms and abbreviations ("Parkinson disease",
   * "HIV infection").
   */
  String prose(String name) {
    StringBuilder out = new StringBuilder(name.length());
    int i = 0;
    while (i < name.length()) {
      int end = i;
      while (end < name.length() && Character.isLetterOrDigit(name.charAt(end))) {
        end++;
      }
      if (end == i) {
        out.append(name.charAt(i));
        i++;
        continue;
      }
      String word = name.substring(i, end);
      out.append(keepsCase(word) ? word : word.toLowerCase(Locale.ROOT));
      i = end;
    }
    return out.toString();
  }

  private boolean keepsCase(String word) {
    long capitals = word.chars().filter(Character::isUpperCase).count();
    boolean mixed = capitals >= 1 && !Character.isUpperCase(word.charAt(0)); // pH, eGFR
    return capitals >= 2 || mixed || eponyms.contains(word.toLowerCase(Locale.ROOT));
  }
}
