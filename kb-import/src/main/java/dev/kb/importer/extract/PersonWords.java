package dev.kb.importer.extract;

import dev.kb.importer.text.DataFile;
import dev.kb.importer.text.Token;
import dev.kb.importer.text.Tokenizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The words for people a case report uses, parsed from {@code word<TAB>role<TAB>sex} lines (bundled
 * as {@code kb/patient/persons.tsv}), and what they tell of whom a description is about: the
 * patient ("a 28-year-old previously healthy man") or a relative ("born to a 32-year-old mother",
 * "her sister, a 40-year-old woman"). {@link Demographics} reads the patient's age and sex with
 * them.
 */
final class PersonWords {

  /** What a word says of a person. */
  enum Role {
    PATIENT,
    NEWBORN,
    SEX_WORD,
    RELATIVE,
    RELATIVE_CUE,
    PRONOUN,
    DETERMINER,
    STOP
  }

  // How far a description of a person reaches: "a 28-year-old previously healthy African American
  // woman"; and how far back a relative is still the one an age describes ("his mother
  // (primipara, 32 years old)", "one sibling, a girl, died at the age of 1 month").
  static final int DESCRIPTION = 6;
  private static final int RELATIVE_REACH = 8;

  private final Map<String, Set<Role>> roles;
  private final Map<String, String> sexes;
  private final List<List<String>> cues;

  private PersonWords(
      Map<String, Set<Role>> roles, Map<String, String> sexes, List<List<String>> cues) {
    this.roles = Map.copyOf(roles);
    this.sexes = Map.copyOf(sexes);
    this.cues = List.copyOf(cues);
  }

  /** Parses {@code word<TAB>role<TAB>sex} lines; errors name the file and line. */
  static PersonWords parse(String fileName, String content) {
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
    return new PersonWords(roles, sexes, cues);
  }

  /** The roles of a word; none for a word that says nothing of a person. */
  Set<Role> roles(Token t) {
    return roles.getOrDefault(t.norm(), Set.of());
  }

  /** The sex a word says ("male", "female"), or null. */
  @Nullable String sex(Token t) {
    return sexes.get(t.norm());
  }

  // A "newborn" is the patient when the words about them end there ("a newborn boy", "the
  // newborn was"), not in "newborn screening" or "the newborn intensive care unit".
  boolean endsDescription(List<Token> tokens, int i, int to) {
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
  boolean aboutARelative(List<Token> tokens, int from, int to, int start, int end) {
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
  int personAfter(List<Token> tokens, int end, int to) {
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
  boolean isRelative(List<Token> tokens, int from, int to, int k) {
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
}
