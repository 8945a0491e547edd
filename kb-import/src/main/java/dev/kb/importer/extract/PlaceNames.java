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

/**
 * The names of organisations, places of care and the people who work there: "R Adams Cowley Shock
 * Trauma Center", "Department of Infectious Diseases", "the neurotrauma intensive care unit", "the
 * pain clinic", "an infectious disease specialist". What the lexicon finds inside such a name is no
 * fact about the patient: the name says where the patient was or who saw them.
 *
 * <p>A name ends at an organisation word and reaches back over the words before it: capitalised
 * words and their joiners ("Eye and Ear Infirmary") before a capitalised word, or up to five
 * lower-case words after a determiner or a preposition before a lower-case one ("admitted to the
 * stroke unit"). A name may also begin at an organisation word followed by "of" or "for"
 * ("Department of Infectious Diseases", "the department of neurology"). The words and what they do
 * are data ({@code kb/patient/place-names.tsv}).
 */
final class PlaceNames {

  /** The bundled file. */
  static final String FILE = "kb/patient/place-names.tsv";

  // "the cardiothoracic surgical intensive care unit": enough for the longest wards and services,
  // short enough that a name never swallows the clause before it.
  private static final int LOWER_CASE_WORDS = 5;

  private enum Role {
    HEAD,
    PLACE,
    PLACE_AFTER_PREPOSITION,
    LEAD,
    PLACE_LEAD,
    JOINER,
    CONJUNCTION,
    DETERMINER,
    PREPOSITION,
    STOP
  }

  private static final Set<String> LEAD_LINKS = Set.of("of", "for");

  private final Map<String, Set<Role>> roles;

  private PlaceNames(Map<String, Set<Role>> roles) {
    this.roles = Map.copyOf(roles);
  }

  /** Parses {@code word<TAB>role} lines; errors name the file and line. */
  static PlaceNames parse(String fileName, String content) {
    Map<String, Set<Role>> roles = new HashMap<>();
    for (DataFile.Row row : DataFile.rows(fileName, content, "word\trole")) {
      List<Token> words = Tokenizer.tokenize(row.column(0));
      if (words.size() != 1) {
        throw row.error("expected one word, got '" + row.column(0) + "'");
      }
      Role role;
      try {
        role = Role.valueOf(row.column(1).toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown role '" + row.column(1) + "'");
      }
      roles.computeIfAbsent(words.get(0).norm(), k -> EnumSet.noneOf(Role.class)).add(role);
    }
    return new PlaceNames(roles);
  }

  /**
   * The found concepts that lie outside every place name; {@code sentences} are the token ranges of
   * the sentences, which names do not cross.
   */
  List<Found> outside(List<Token> tokens, List<TextSpan> sentences, List<Found> found) {
    List<Found> kept = new ArrayList<>(found.size());
    int sentence = -1;
    List<int[]> names = List.of();
    for (Found f : found) {
      if (f.sentence() != sentence) {
        sentence = f.sentence();
        TextSpan range = sentences.get(sentence);
        names = find(tokens, range.start(), range.end());
      }
      if (!inside(names, f.firstToken(), f.endToken())) {
        kept.add(f);
      }
    }
    return kept;
  }

  private static boolean inside(List<int[]> names, int first, int end) {
    for (int[] name : names) {
      if (name[0] <= first && end <= name[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The place names of one sentence (tokens {@code from} to {@code to}), each as {@code {first,
   * end}} token indices, end exclusive.
   */
  List<int[]> find(List<Token> tokens, int from, int to) {
    List<int[]> names = new ArrayList<>();
    for (int h = from; h < to; h++) {
      Token head = tokens.get(h);
      Set<Role> word = roles(head);
      boolean capitalised = isCapitalised(head);
      int start = -1;
      int end = h + 1;
      if (endsName(word, capitalised, tokens, h, to)) {
        boolean lowerCase =
            word.contains(Role.PLACE) || word.contains(Role.PLACE_AFTER_PREPOSITION);
        if (capitalised && h > from && isCapitalised(tokens.get(h - 1))) {
          start = capitalisedStart(tokens, from, h);
        } else if (lowerCase) {
          start = lowerCaseStart(tokens, from, h);
        } else {
          start = h;
        }
        if (!capitalised && !word.contains(Role.PLACE) && !afterPreposition(tokens, from, start)) {
          start = -1;
        }
      }
      if (beginsName(word, capitalised, tokens, h, to)) {
        start = start < 0 ? h : start;
        end = capitalised ? capitalisedEnd(tokens, h + 2, to) : h + 2;
        if (word.contains(Role.PLACE_LEAD) && tokens.get(h + 1).norm().equals("of")) {
          end = Math.max(end, lowerCaseEnd(tokens, h + 2, to));
        }
      }
      if (start >= 0) {
        names.add(new int[] {start, end});
      }
    }
    return names;
  }

  private boolean endsName(Set<Role> word, boolean capitalised, List<Token> tokens, int h, int to) {
    boolean next = h + 1 < to;
    if (capitalised
        && (word.contains(Role.HEAD)
            || word.contains(Role.PLACE)
            || word.contains(Role.PLACE_AFTER_PREPOSITION))) {
      // "University Hospital": the name goes on, and ends at the last organisation word.
      return !next || !isCapitalised(tokens.get(h + 1));
    }
    if (word.contains(Role.PLACE)) {
      return true;
    }
    // "the centre of the lesion" is part of something, not a place.
    return word.contains(Role.PLACE_AFTER_PREPOSITION)
        && !(next && tokens.get(h + 1).norm().equals("of"));
  }

  // "Hospital for Sick Children", "the department of neurology"; not "the department for
  // evaluation" nor "the Center for two years".
  private boolean beginsName(
      Set<Role> word, boolean capitalised, List<Token> tokens, int h, int to) {
    if (h + 2 >= to || !LEAD_LINKS.contains(tokens.get(h + 1).norm())) {
      return false;
    }
    boolean of = tokens.get(h + 1).norm().equals("of");
    return (word.contains(Role.PLACE_LEAD) && of)
        || (capitalised && word.contains(Role.LEAD) && capitalisedEnd(tokens, h + 2, to) > h + 2);
  }

  // "R Adams Cowley Shock Trauma Center", "Massachusetts Eye and Ear Infirmary", "St. Jude".
  private int capitalisedStart(List<Token> tokens, int from, int h) {
    int start = h;
    int i = h - 1;
    while (i >= from) {
      Token t = tokens.get(i);
      if (isCapitalised(t) && !isFunctionWord(t)) {
        start = i;
        i--;
        continue;
      }
      if (t.text().equals(".") && i > from && isInitialDot(tokens, i)) {
        i--;
        continue;
      }
      // "Heart, Lung, and Blood Institute": joiners count between capitalised words only.
      int j = i;
      while (j >= from && (joins(tokens.get(j)) || tokens.get(j).text().equals(","))) {
        j--;
      }
      if (j < i && j >= from && isCapitalised(tokens.get(j)) && !isFunctionWord(tokens.get(j))) {
        i = j;
      } else {
        break;
      }
    }
    return start;
  }

  // "the neurotrauma intensive care unit", "our diabetes and endocrine clinic".
  private int lowerCaseStart(List<Token> tokens, int from, int h) {
    int start = h;
    int conjunction = -1;
    int words = 0;
    int i = h - 1;
    for (; i >= from; i--) {
      Token t = tokens.get(i);
      Set<Role> word = roles(t);
      if (t.isPunctuation()
          || Character.isDigit(t.text().charAt(0))
          || word.contains(Role.DETERMINER)
          || word.contains(Role.PREPOSITION)
          || word.contains(Role.STOP)) {
        break;
      }
      if (word.contains(Role.CONJUNCTION)) {
        conjunction = conjunction < 0 ? i : conjunction;
        continue;
      }
      if (++words > LOWER_CASE_WORDS) {
        break;
      }
      start = i;
    }
    boolean determined = i >= from && roles(tokens.get(i)).contains(Role.DETERMINER);
    if (conjunction >= 0 && (!determined || words > LOWER_CASE_WORDS)) {
      // "with fever and ICU admission": the name begins after the conjunction.
      return conjunction + 1;
    }
    return start;
  }

  private boolean afterPreposition(List<Token> tokens, int from, int start) {
    int i = start - 1;
    if (i >= from && roles(tokens.get(i)).contains(Role.DETERMINER)) {
      i--;
    }
    return i >= from && roles(tokens.get(i)).contains(Role.PREPOSITION);
  }

  // "Department of Infectious Diseases", "Department of Radiology of the Second Hospital".
  private int capitalisedEnd(List<Token> tokens, int first, int to) {
    int end = first;
    int i = first;
    while (i < to) {
      Token t = tokens.get(i);
      if (isCapitalised(t) && !isFunctionWord(t)) {
        end = ++i;
      } else if (joins(t) || t.text().equals(",")) {
        i++;
      } else {
        break;
      }
    }
    return end;
  }

  // "the department of infectious diseases"; a conjunction ends it, as it may join a finding.
  private int lowerCaseEnd(List<Token> tokens, int first, int to) {
    int end = first;
    int i = first;
    if (i < to && roles(tokens.get(i)).contains(Role.DETERMINER)) {
      i++;
    }
    for (int words = 0; i < to && words < LOWER_CASE_WORDS; i++, words++) {
      Token t = tokens.get(i);
      Set<Role> word = roles(t);
      if (t.isPunctuation()
          || Character.isDigit(t.text().charAt(0))
          || word.contains(Role.CONJUNCTION)
          || word.contains(Role.DETERMINER)
          || word.contains(Role.PREPOSITION)
          || word.contains(Role.STOP)) {
        break;
      }
      end = i + 1;
    }
    return end;
  }

  private boolean joins(Token t) {
    return roles(t).contains(Role.JOINER);
  }

  // "St. Jude", "R. Adams": the dot of an abbreviated name.
  private static boolean isInitialDot(List<Token> tokens, int i) {
    return tokens.get(i).text().equals(".") && tokens.get(i - 1).text().length() <= 3;
  }

  // "FEVER IN ICU": a heading in capitals is no name.
  private boolean isFunctionWord(Token t) {
    Set<Role> word = roles(t);
    return !word.contains(Role.JOINER)
        && (word.contains(Role.PREPOSITION)
            || word.contains(Role.STOP)
            || word.contains(Role.DETERMINER));
  }

  private static boolean isCapitalised(Token t) {
    return Character.isUpperCase(t.text().charAt(0));
  }

  private Set<Role> roles(Token t) {
    return roles.getOrDefault(t.norm(), Set.of());
  }
}
