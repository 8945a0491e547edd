package dev.kb.importer.extract;

import dev.kb.importer.extract.PersonWords.Role;
import dev.kb.importer.text.TextSpan;
import dev.kb.importer.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The patient's age as the text states it: the first age stated that is not a relative's ("A
 * 2-day-old boy born to a 32-year-old mother" is a boy of 0 years); an age "at the age of" an event
 * is never the patient's age (it may be long past). Ages under a year are 0, as whole years are.
 * The grammar of ages (units, number words) is here; the words for people are data ({@link
 * PersonWords}).
 */
final class AgeReader {

  // How many of each unit make a year; "yo" and "y/o" are years.
  private static final Map<String, Integer> PER_YEAR =
      Map.ofEntries(
          Map.entry("year", 1),
          Map.entry("yr", 1),
          Map.entry("yrs", 1),
          Map.entry("y", 1),
          Map.entry("month", 12),
          Map.entry("mo", 12),
          Map.entry("mos", 12),
          Map.entry("week", 52),
          Map.entry("wk", 52),
          Map.entry("wks", 52),
          Map.entry("day", 365),
          Map.entry("hour", 365 * 24),
          Map.entry("hr", 365 * 24),
          Map.entry("hrs", 365 * 24));

  private static final Map<String, Integer> NUMBER_WORDS = numberWords();

  // "45yo", "45y": a number and its unit written as one word.
  private static final Pattern NUMBER_YEARS_OLD = Pattern.compile("(\\d{1,3})(?:yo|y)");

  private static final int OLDEST = 120;

  private final PersonWords people;

  AgeReader(PersonWords people) {
    this.people = people;
  }

  private record Age(int years, int start, int end) {}

  /** The patient's age in whole years, or null when the text does not state it. */
  @Nullable Integer read(List<Token> tokens, List<TextSpan> sentences) {
    for (TextSpan sentence : sentences) {
      int from = sentence.start();
      int to = sentence.end();
      for (int i = from; i < to; i++) {
        Age age = ageAt(tokens, i, to);
        if (age == null) {
          continue;
        }
        if (!people.aboutARelative(tokens, from, to, age.start(), age.end())) {
          return age.years();
        }
        i = age.end() - 1;
      }
    }
    return null;
  }

  /**
   * The age stated at token {@code i}: "32-year-old", "32 years old", "32 yo", "32 y/o", "aged 32",
   * "32 years of age", "3-month-old", "a newborn". Not "at the age of 3", which dates an event.
   */
  private @Nullable Age ageAt(List<Token> tokens, int i, int to) {
    Token t = tokens.get(i);
    String norm = t.norm();
    Matcher joined = NUMBER_YEARS_OLD.matcher(norm);
    if (joined.matches()) {
      return age(Integer.parseInt(joined.group(1)), 1, i, i + 1);
    }
    if (norm.equals("aged")) {
      int[] number = number(tokens, i + 1, to);
      if (number == null) {
        return null;
      }
      int unit = perYear(tokens, number[1], to);
      int end = unit > 0 ? number[1] + 1 : number[1];
      return age(number[0], Math.max(unit, 1), i, end);
    }
    if (people.roles(t).contains(Role.NEWBORN) && people.endsDescription(tokens, i + 1, to)) {
      return new Age(0, i, i + 1);
    }
    int[] number = number(tokens, i, to);
    if (number == null) {
      return null;
    }
    int u = number[1];
    int unit = perYear(tokens, u, to);
    if (unit > 0 && is(tokens, u + 1, to, "old")) {
      // "a 3-day-old wound", "a 2-week-old thrombus": days, weeks and months old describe a person
      // only when one is named or nothing else is.
      if (unit > 1
          && people.personAfter(tokens, u + 2, to) < 0
          && !people.endsDescription(tokens, u + 2, to)) {
        return null;
      }
      return age(number[0], unit, i, u + 2);
    }
    if (unit > 0 && is(tokens, u + 1, to, "of") && is(tokens, u + 2, to, "age")) {
      return age(number[0], unit, i, u + 3);
    }
    if (is(tokens, u, to, "yo")) {
      return age(number[0], 1, i, u + 1);
    }
    if (is(tokens, u, to, "y") && is(tokens, u + 1, to, "o")) {
      return age(number[0], 1, i, u + 2);
    }
    if (is(tokens, u, to, "y") && is(tokens, u + 1, to, ".") && is(tokens, u + 2, to, "o")) {
      return age(number[0], 1, i, u + 3);
    }
    return null;
  }

  private static @Nullable Age age(int count, int perYear, int start, int end) {
    int years = count / perYear;
    return years > OLDEST ? null : new Age(years, start, end);
  }

  private int perYear(List<Token> tokens, int i, int to) {
    return i < to ? PER_YEAR.getOrDefault(tokens.get(i).norm(), 0) : 0;
  }

  /** The number at token {@code i}, in digits or words, and the index after it; null if none. */
  private static int @Nullable [] number(List<Token> tokens, int i, int to) {
    if (i >= to) {
      return null;
    }
    String norm = tokens.get(i).norm();
    if (norm.matches("\\d{1,3}")) {
      return new int[] {Integer.parseInt(norm), i + 1};
    }
    Integer value = NUMBER_WORDS.get(norm);
    if (value == null) {
      return null;
    }
    // "twenty-eight", "sixty five"
    if (value >= 20 && value % 10 == 0 && i + 1 < to) {
      Integer units = NUMBER_WORDS.get(tokens.get(i + 1).norm());
      if (units != null && units > 0 && units < 10) {
        return new int[] {value + units, i + 2};
      }
    }
    return new int[] {value, i + 1};
  }

  private static boolean is(List<Token> tokens, int i, int to, String norm) {
    return i < to && tokens.get(i).norm().equals(norm);
  }

  private static Map<String, Integer> numberWords() {
    String[] small = {
      "zero",
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen"
    };
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    Map<String, Integer> words = new HashMap<>();
    for (int n = 0; n < small.length; n++) {
      words.put(small[n], n);
    }
    for (int n = 0; n < tens.length; n++) {
      words.put(tens[n], 20 + 10 * n);
    }
    return Map.copyOf(words);
  }
}
