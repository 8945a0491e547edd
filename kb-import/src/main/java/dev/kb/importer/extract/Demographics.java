package dev.kb.importer.extract;

import dev.kb.importer.extract.PersonWords.Role;
import dev.kb.importer.text.TextSpan;
import dev.kb.importer.text.Token;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The patient's age and sex as the text states them, from the patient and never from a relative: "A
 * 2-day-old boy born to a 32-year-old mother" is a boy of 0 years; "the patient's 45-year-old
 * father", "his mother (primipara, 32 years old)" and "her sister, a 40-year-old woman" say nothing
 * of the patient. The first statement wins, since case reports introduce the patient first; an age
 * "at the age of" an event is never the patient's age (it may be long past). Ages under a year are
 * 0, as whole years are ({@code patientAge} is an integer). The sex comes from the first noun for
 * the patient ("boy", "woman", "a male"), else from the pronouns of the sentences that name no
 * relative. The words are data ({@code kb/patient/persons.tsv}, {@link PersonWords}); the grammar
 * of ages is {@link AgeReader}'s.
 */
final class Demographics {

  /** The bundled file. */
  static final String FILE = "kb/patient/persons.tsv";

  /** What the text says of the patient; null where it says nothing. */
  record Patient(@Nullable Integer age, @Nullable String sex) {}

  // The last word of an age before a sex-word: "a 45-year-old female", "a 45 y/o male".
  private static final Set<String> AGE_ENDS = Set.of("old", "yo", "o", "aged");

  private final PersonWords people;
  private final AgeReader ages;

  private Demographics(PersonWords people) {
    this.people = people;
    this.ages = new AgeReader(people);
  }

  /** Parses {@code word<TAB>role<TAB>sex} lines; errors name the file and line. */
  static Demographics parse(String fileName, String content) {
    return new Demographics(PersonWords.parse(fileName, content));
  }

  /** The patient's age and sex in a text of {@code tokens}, its sentences as token ranges. */
  Patient read(List<Token> tokens, List<TextSpan> sentences) {
    return new Patient(ages.read(tokens, sentences), sex(tokens, sentences));
  }

  private @Nullable String sex(List<Token> tokens, List<TextSpan> sentences) {
    for (TextSpan sentence : sentences) {
      for (int k = sentence.start(); k < sentence.end(); k++) {
        String sex = people.sex(tokens.get(k));
        Set<Role> word = people.roles(tokens.get(k));
        boolean noun =
            word.contains(Role.PATIENT)
                || (word.contains(Role.SEX_WORD) && sexWordIsANoun(tokens, sentence, k));
        if (sex != null
            && noun
            && !people.isRelative(tokens, sentence.start(), sentence.end(), k)) {
          return sex;
        }
      }
    }
    return pronounSex(tokens, sentences);
  }

  // "a male", "a 78-year-old previously healthy male smoker", "a female patient"; not "female and
  // male twins were delivered".
  private boolean sexWordIsANoun(List<Token> tokens, TextSpan sentence, int k) {
    if (k > sentence.start() && people.roles(tokens.get(k - 1)).contains(Role.DETERMINER)) {
      return true;
    }
    if (k + 1 < sentence.end() && people.roles(tokens.get(k + 1)).contains(Role.PATIENT)) {
      return true;
    }
    int words = 0;
    for (int j = k - 1; j >= sentence.start() && words < PersonWords.DESCRIPTION; j--) {
      Token t = tokens.get(j);
      if (AGE_ENDS.contains(t.norm()) || Character.isDigit(t.text().charAt(0))) {
        return true;
      }
      if (people.roles(t).contains(Role.STOP) || (t.isPunctuation() && !t.text().equals(","))) {
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
        relative |= people.roles(tokens.get(k)).contains(Role.RELATIVE);
      }
      for (int k = sentence.start(); k < sentence.end(); k++) {
        if (!people.roles(tokens.get(k)).contains(Role.PRONOUN)) {
          continue;
        }
        int person = relative ? people.personAfter(tokens, k + 1, sentence.end()) : -1;
        if (!relative
            || (person >= 0 && people.roles(tokens.get(person)).contains(Role.RELATIVE))) {
          if ("male".equals(people.sex(tokens.get(k)))) {
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
}
