package dev.kb.importer.synthetic;

import dev.kb.importer.synthetic.Phrasebook.Group;
import dev.kb.importer.synthetic.Phrasebook.Word;
import dev.kb.importer.synthetic.Phrasebook.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The text of one report as it is written: sentences filled from the phrasebook's templates for one
 * patient (their pronouns) in one spelling (British or American), paragraphs and headings, and a
 * running word count so the writer knows when a report is long enough.
 */
final class Prose {

  private final Phrasebook phrasebook;
  private final SplittableRandom random;
  private final boolean uk;
  private final boolean female;
  private final StringBuilder text = new StringBuilder(3000);
  private int words;

  Prose(Phrasebook phrasebook, SplittableRandom random, boolean uk, boolean female) {
    this.phrasebook = phrasebook;
    this.random = random;
    this.uk = uk;
    this.female = female;
  }

  /** A template of {@code group}, at random. */
  Template pick(Group group) {
    return pick(phrasebook.templates(group));
  }

  /** A word of {@code list}, at random. */
  String pick(WordList list) {
    return pickWord(list).text();
  }

  /** A word of {@code list} with its sex, at random. */
  Word pickWord(WordList list) {
    List<Word> words = phrasebook.words(list);
    return words.get(random.nextInt(words.size()));
  }

  /** Appends a sentence: the template filled, capitalised, and a space. */
  void sentence(Template template, String... args) {
    int start = text.length();
    template.appendTo(text, args, female, uk);
    capitaliseAt(text, start);
    boolean inWord = false;
    for (int i = start; i < text.length(); i++) {
      boolean space = text.charAt(i) == ' ';
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    text.append(' ');
  }

  /** The filled template as a line of its own, capitalised (a title); not appended. */
  String line(Template template, String... args) {
    StringBuilder line = new StringBuilder();
    template.appendTo(line, args, female, uk);
    capitaliseAt(line, 0);
    return line.toString();
  }

  /** The filled template as a phrase within a sentence; not appended. */
  String phrase(Template template, String... args) {
    StringBuilder phrase = new StringBuilder();
    template.appendTo(phrase, args, female, uk);
    return phrase.toString();
  }

  /** Names for a list of terms, each picked once. */
  List<String> names(List<Term> terms) {
    List<String> names = new ArrayList<>(terms.size());
    for (Term t : terms) {
      names.add(t.pick(random));
    }
    return names;
  }

  /** How long the complaints have lasted, to follow them: " of 5 days' duration", or nothing. */
  String duration() {
    int r = random.nextInt(4);
    if (r == 0) {
      return "";
    }
    String number = Integer.toString(2 + random.nextInt(8));
    String unit = pick(WordList.DURATION_UNIT);
    Group phrase = r == 1 ? Group.DURATION_OF : Group.DURATION_FOR;
    return " " + phrase(phrasebook.only(phrase), number, unit);
  }

  /** A dose, to follow a drug: " 250 mg twice daily", or nothing. */
  String dose() {
    if (random.nextInt(5) >= 2) {
      return "";
    }
    String amount = pick(WordList.AMOUNT);
    return " " + phrase(phrasebook.only(Group.DOSE), amount, pick(WordList.FREQUENCY));
  }

  /** Appends {@code line} and a line break: the title. */
  void title(String line) {
    text.append(line).append("\n\n");
  }

  void heading(String heading) {
    text.append(heading).append('\n');
    words += 2;
  }

  /** Ends the paragraph, unless none has begun since the last. */
  void paragraph() {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    text.setLength(end);
    if (end >= 2 && text.charAt(end - 1) == '\n' && text.charAt(end - 2) == '\n') {
      return;
    }
    text.append("\n\n");
  }

  /** Words written so far, headings counted as two. */
  int words() {
    return words;
  }

  /** The report as written so far, without surrounding white space. */
  String text() {
    return text.toString().strip();
  }

  /** "a, b and c"; American style adds the serial comma. */
  String list(List<String> items, String conjunction) {
    if (items.size() == 1) {
      return items.getFirst();
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        boolean last = i == items.size() - 1;
        if (last) {
          out.append(items.size() > 2 && !uk ? ", " : " ").append(conjunction).append(' ');
        } else {
          out.append(", ");
        }
      }
      out.append(items.get(i));
    }
    return out.toString();
  }

  /** "an 8-year-old", "an 18-year-old", "a 54-year-old". */
  static String article(int number) {
    String digits = Integer.toString(number);
    return digits.startsWith("8") || number == 11 || number == 18 ? "an" : "a";
  }

  /** "a" or "an" by sound: abbreviations are read letter by letter ("an MRI", "a CT"). */
  static String article(String word) {
    if (word.isEmpty()) {
      return "a";
    }
    char first = word.charAt(0);
    boolean spelledOut = word.length() > 1 && Character.isUpperCase(word.charAt(1));
    if (spelledOut || first == 'X') {
      return "AEFHILMNORSX".indexOf(first) >= 0 ? "an" : "a";
    }
    return "aeiouAEIOU".indexOf(first) >= 0 ? "an" : "a";
  }

  // A sentence may start with a name ("nausea developed ..."); abbreviations and names such as
  // "pH" or "eGFR" keep their case.
  private static void capitaliseAt(StringBuilder text, int start) {
    if (start + 1 < text.length()
        && Character.isLowerCase(text.charAt(start))
        && !Character.isUpperCase(text.charAt(start + 1))) {
      text.setCharAt(start, Character.toUpperCase(text.charAt(start)));
    }
  }

  private <T> T pick(T[] items) {
    return items[random.nextInt(items.length)];
  }
}
