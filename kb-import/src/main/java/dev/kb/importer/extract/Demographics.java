package dev.kb.importer.extract;

import dev.kb.importer.text.DataFile;
import dev.kb.importer.text.TextSpan;
import dev.kb.importer.text.Token;
import dev.kb.importer.text.Tokenizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The patient's age and sex as the text states them, from the patient and never from a relative: "A
 * 2-day-old boy born to a 32-year-old mother" is a boy of 0 years; "the patient's 45-year-old
 * father", "his mother (primipara, 32 years old)" and "her sister, a 40-year-old woman" say nothing
 * of the patient. The first statement wins, since case reports introduce the patient first; an age
 * "at the age of" an event is never the patient's age (it may be long past). Ages under a year are
 * 0, as whole years are ({@code patientAge} is an integer). The sex comes from the first noun for
 * the patient ("boy", "woman", "a male"), else from the pronouns of the sentences that name no
 * relative. The words are data ({@code kb/patient/persons.tsv}); the grammar of ages is here.
 */
final class Demographics {

  /** The bundled file. */
  static final String FILE = "kb/patient/persons.tsv";

  /** What the text says of the patient; null where it says nothing. */
  record Patient(@Nullable Integer age, @Nullable String sex) {}

  private enum Role {
    PATIENT,
    NEWBORN,
    SEX_WORD,
    RELATIVE,
    RELATIVE_CUE,
    PRONOUN,
    DETERMINER,
    STOP
  }

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

  // The last word of an age before a sex-word: "a 45-year-old female", "a 45 y/o male".
  private static final Set<String> AGE_ENDS = Set.of("old", "yo", "o", "aged");

  // How far a description of a person reaches: "a 28-year-old previously healthy African American
  // woman"; and how far back a relative is still the one an age describes ("his mother
  // (primipara, 32 years old)", "one sibling, a girl, died at the age of 1 month").
  private static final int DESCRIPTION = 6;
  private static final int RELATIVE_REACH = 8;

  private final Map<String, Set<Role>> roles;
  private final Map<String, String> sexes;
  private final List<List<String>> cues;

  private Demographics(
      Map<String, Set<Role>> roles, Map<String, String> sexes, List<List<String>> cues) {
    this.roles = Map.copyOf(roles);
    this.sexes = Map.copyOf(sexes);
    this.cues = List.copyOf(cues);
  }

  /** Parses {@code word<TAB>role<TAB>sex} lines; errors name the file and line. */
  static Demographics parse(String fileName, String content) {
    Map<String, Set<Role>> roles = new HashMap<>();
    Map<String, String> sexes = new HashMap<>();
    List<List<String>> cues = new ArrayList<>();
    for (DataFile.Row row : DataFile.rows(fileName, content, "word\trole\tsex")) {
      List<String> words = Tokenizer.tokenize(row.column(0)).stream().map(Token::norm).toList();
      Role role;
      try {
        role = Role.valueOf(row.column(1).toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown role '" + row.column(1) + "'");
      }
      String sex = row.column(2);
      if (!sex.equals("male") && !sex.equals("female") && !sex.equals("-")) {
        throw row.error("expected sex male, female or -, got '" + sex + "'");
      }
      if (role == Role.RELATIVE_CUE) {
        cues.add(words);
        continue;
      }
      if (words.size() != 1) {
        throw row.error("expected one word, got '" + row.column(0) + "'");
      }
      roles.computeIfAbsent(words.get(0), k -> EnumSet.noneOf(Role.class)).add(role);
      if (!sex.equals("-")) {
        sexes.put(words.get(0), sex);
      }
    }
    return new Demographics(roles, sexes, cues);
  }

  /** The patient's age and sex in a text of {@code tokens}, its sentences as token ranges. */
  Patient read(List<Token> tokens, List<TextSpan> sentences) {
    return new Patient(age(tokens, sentences), sex(tokens, sentences));
  }

  private record Age(int years, int start, int end) {}

  private @Nullable Integer age(List<Token> tokens, List<TextSpan> sentences) {
    for (TextSpan sentence : sentences) {
      int from = sentence.start();
      int to = sentence.end();
      for (int i = from; i < to; i++) {
        Age age = ageAt(tokens, i, to);
        if (age == null) {
          continue;
        }
        if (!aboutARelative(tokens, from, to, age.start(), age.end())) {
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
    if (roles(t).contains(Role.NEWBORN) && endsDescription(tokens, i + 1, to)) {
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
      if (unit > 1 && personAfter(tokens, u + 2, to) < 0 && !endsDescription(tokens, u + 2, to)) {
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

  // A "newborn" is the patient when the words about them end there ("a newborn boy", "the
  // newborn was"), not in "newborn screening" or "the newborn intensive care unit".
  private boolean endsDescription(List<Token> tokens, int i, int to) {
    if (i >= to || tokens.get(i).isPunctuation()) {
      return true;
    }
    Set<Role> next = roles(tokens.get(i));
    return next.contains(Role.STOP) || next.contains(Role.PATIENT) || next.contains(Role.SEX_WORD);
  }

  /**
   * Whether the age at tokens {@code start} to {@code end} describes a relative: the person it
   * describes is one ("a 32-year-old mother", "born to a 32-year-old woman", "a 40-year-old woman,
   * the patient's mother"), or, when no person follows, a relative was named just before ("his
   * mother (primipara, 32 years old)").
   */
  private boolean aboutARelative(List<Token> tokens, int from, int to, int start, int end) {
    int person = personAfter(tokens, end, to);
    if (person >= 0) {
      return isRelative(tokens, from, to, person);
    }
    for (int k = Math.max(from, start - RELATIVE_REACH); k < start; k++) {
      if (roles(tokens.get(k)).contains(Role.RELATIVE)) {
        return true;
      }
    }
    return cueBefore(tokens, from, start);
  }

  // The person an age describes: "a 28-year-old previously healthy man", "a 45-year-old, otherwise
  // well, female"; none in "aged 30, who" or "a 66-year-old farmer with".
  private int personAfter(List<Token> tokens, int end, int to) {
    int words = 0;
    for (int j = end; j < to && words < DESCRIPTION; j++) {
      Token t = tokens.get(j);
      if (t.isPunctuation()) {
        if (!t.text().equals(",")) {
          return -1;
        }
        continue;
      }
      Set<Role> word = roles(t);
      if (word.contains(Role.STOP)) {
        return -1;
      }
      if (word.contains(Role.PATIENT)
          || word.contains(Role.NEWBORN)
          || word.contains(Role.SEX_WORD)
          || word.contains(Role.RELATIVE)) {
        return j;
      }
      words++;
    }
    return -1;
  }

  /**
   * Whether the person named at token {@code k} is a relative: a relative's noun, one after "born
   * to", or one in apposition to a relative ("her sister, a 40-year-old woman", "a woman (the
   * patient's mother)").
   */
  private boolean isRelative(List<Token> tokens, int from, int to, int k) {
    if (roles(tokens.get(k)).contains(Role.RELATIVE) || cueBefore(tokens, from, k)) {
      return true;
    }
    boolean apart = false;
    for (int j = k - 1; j >= Math.max(from, k - RELATIVE_REACH); j--) {
      Token t = tokens.get(j);
      Set<Role> word = roles(t);
      if (word.contains(Role.RELATIVE)) {
        return apart;
      }
      if (word.contains(Role.STOP) || (t.isPunctuation() && !isApposition(t))) {
        break;
      }
      apart |= isApposition(t);
    }
    if (k + 1 < to && isApposition(tokens.get(k + 1))) {
      for (int j = k + 2; j < Math.min(to, k + 6); j++) {
        Set<Role> word = roles(tokens.get(j));
        if (word.contains(Role.RELATIVE)) {
          return true;
        }
        if (word.contains(Role.STOP) || tokens.get(j).isPunctuation()) {
          break;
        }
      }
    }
    return false;
  }

  private static boolean isApposition(Token t) {
    return t.text().equals(",") || t.text().equals("(");
  }

  // "born to a 32-year-old woman", "the infant of a diabetic mother".
  private boolean cueBefore(List<Token> tokens, int from, int k) {
    for (int j = k - 1; j >= Math.max(from, k - DESCRIPTION); j--) {
      if (roles(tokens.get(j)).contains(Role.STOP) && !endsCue(tokens, from, j + 1)) {
        return false;
      }
      if (endsCue(tokens, from, j + 1)) {
        return true;
      }
    }
    return false;
  }

  private boolean endsCue(List<Token> tokens, int from, int end) {
    for (List<String> cue : cues) {
      int start = end - cue.size();
      if (start < from) {
        continue;
      }
      boolean matches = true;
      for (int c = 0; c < cue.size() && matches; c++) {
        matches = tokens.get(start + c).norm().equals(cue.get(c));
      }
      if (matches) {
        return true;
      }
    }
    return false;
  }

  private @Nullable String sex(List<Token> tokens, List<TextSpan> sentences) {
    for (TextSpan sentence : sentences) {
      for (int k = sentence.start(); k < sentence.end(); k++) {
        String sex = sexes.get(tokens.get(k).norm());
        Set<Role> word = roles(tokens.get(k));
        boolean noun =
            word.contains(Role.PATIENT)
                || (word.contains(Role.SEX_WORD) && sexWordIsANoun(tokens, sentence, k));
        if (sex != null && noun && !isRelative(tokens, sentence.start(), sentence.end(), k)) {
          return sex;
        }
      }
    }
    return pronounSex(tokens, sentences);
  }

  // "a male", "a 78-year-old previously healthy male smoker", "a female patient"; not "female and
  // male twins were delivered".
  private boolean sexWordIsANoun(List<Token> tokens, TextSpan sentence, int k) {
    if (k > sentence.start() && roles(tokens.get(k - 1)).contains(Role.DETERMINER)) {
      return true;
    }
    if (k + 1 < sentence.end() && roles(tokens.get(k + 1)).contains(Role.PATIENT)) {
      return true;
    }
    int words = 0;
    for (int j = k - 1; j >= sentence.start() && words < DESCRIPTION; j--) {
      Token t = tokens.get(j);
      if (AGE_ENDS.contains(t.norm()) || Character.isDigit(t.text().charAt(0))) {
        return true;
      }
      if (roles(t).contains(Role.STOP) || (t.isPunctuation() && !t.text().equals(","))) {
        return false;
      }
      words++;
    }
    return false;
  }

  // He or she, counted in the sentences that name no relative (where "she" may be the mother), and
  // before a relative ("his mother", "her 40-year-old father").
  private @Nullable String pronounSex(List<Token> tokens, List<TextSpan> sentences) {
    int male = 0;
    int female = 0;
    for (TextSpan sentence : sentences) {
      boolean relative = false;
      for (int k = sentence.start(); k < sentence.end(); k++) {
        relative |= roles(tokens.get(k)).contains(Role.RELATIVE);
      }
      for (int k = sentence.start(); k < sentence.end(); k++) {
        if (!roles(tokens.get(k)).contains(Role.PRONOUN)) {
          continue;
        }
        int person = relative ? personAfter(tokens, k + 1, sentence.end()) : -1;
        if (!relative || (person >= 0 && roles(tokens.get(person)).contains(Role.RELATIVE))) {
          if ("male".equals(sexes.get(tokens.get(k).norm()))) {
            male++;
          } else {
            female++;
          }
        }
      }
    }
    if (male == female) {
      return null;
    }
    return male > female ? "male" : "female";
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

  private Set<Role> roles(Token t) {
    return roles.getOrDefault(t.norm(), Set.of());
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
