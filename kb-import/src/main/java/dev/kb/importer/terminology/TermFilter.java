package dev.kb.importer.terminology;

import dev.kb.importer.lexicon.Lexicon;
import dev.kb.importer.text.DataFile;
import dev.kb.importer.text.Token;
import dev.kb.importer.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides which names of a terminology are worth matching in free text. Vocabularies hold names
 * written for indexing ("Abnormality of the hand", "renal dysplasia, domestic cat"), common words
 * ("All", "Water") and very short synonyms that would match everywhere; one wrong name costs more
 * precision than one missing synonym costs recall, so the filter errs on the side of rejecting.
 */
final class TermFilter {

  // Longer names are descriptions, not what an author writes.
  private static final int MAX_WORDS = 6;
  private static final int MAX_SHORT_LENGTH = 3;

  private final Set<String> stopKeys;
  private final Set<String> abbreviations;
  private final List<String> containedQualifiers;
  private final List<String> leadingQualifiers;
  private final String source;

  private TermFilter(
      Set<String> stopKeys,
      Set<String> abbreviations,
      List<String> containedQualifiers,
      List<String> leadingQualifiers,
      String source) {
    this.stopKeys = stopKeys;
    this.source = source;
    this.abbreviations = abbreviations;
    this.containedQualifiers = containedQualifiers;
    this.leadingQualifiers = leadingQualifiers;
  }

  /** The filter over the stop list, qualifiers and abbreviations bundled under kb/terminology. */
  static TermFilter bundled() {
    return of(
        DataFile.bundled("kb/terminology/stoplist.txt"),
        DataFile.bundled("kb/terminology/qualifiers.txt"),
        DataFile.bundled("kb/terminology/abbreviations.txt"));
  }

  /**
   * A filter from the text of its three lists, one entry a line, {@code #} comments allowed. A
   * qualifier starting with {@code ^} rejects names that start with it, others names containing it.
   */
  static TermFilter of(String stopList, String qualifiers, String abbreviationList) {
    Set<String> stop = new HashSet<>();
    for (String line : lines(stopList)) {
      stop.add(Lexicon.key(line));
    }
    List<String> contained = new ArrayList<>();
    List<String> leading = new ArrayList<>();
    for (String line : lines(qualifiers)) {
      if (line.startsWith("^")) {
        leading.add(Lexicon.key(line.substring(1)) + " ");
      } else {
        contained.add(" " + Lexicon.key(line) + " ");
      }
    }
    return new TermFilter(
        Set.copyOf(stop),
        Set.copyOf(lines(abbreviationList)),
        contained,
        leading,
        stopList + qualifiers + abbreviationList);
  }

  /** The text of the lists, so that a change to them changes the extractor's version. */
  String source() {
    return source;
  }

  /** The name tidied for matching, or null when it should not be matched at all. */
  @Nullable String clean(String raw) {
    String name = raw.strip().replaceAll("\\s+", " ");
    while (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1).strip();
    }
    if (name.isEmpty() || name.toLowerCase(Locale.ROOT).startsWith("obsolete")) {
      return null;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      // Brackets, commas and the like mark qualified or inverted index names ("Fracture (bone)",
      // "Arthritis, Rheumatoid"); no sentence writes them so.
      if ("()[]{};:,<>=+@#%\"*?!".indexOf(c) >= 0
          || Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN
              && Character.isLetter(c)) {
        return null;
      }
    }
    List<Token> tokens = Tokenizer.tokenize(name);
    if (tokens.isEmpty() || tokens.size() > MAX_WORDS) {
      return null;
    }
    if (tokens.stream().noneMatch(t -> Character.isLetter(t.text().charAt(0)))) {
      return null;
    }
    if (Character.isDigit(tokens.get(tokens.size() - 1).text().charAt(0)) && tokens.size() > 1) {
      // "vesicoureteral reflux 1": a numbered genetic subtype, never written so in a report.
      return null;
    }
    long letters = name.chars().filter(Character::isLetterOrDigit).count();
    if (letters <= MAX_SHORT_LENGTH && !abbreviations.contains(name)) {
      return null;
    }
    String key = Lexicon.key(name);
    if (stopKeys.contains(key)) {
      return null;
    }
    String padded = " " + key + " ";
    for (String qualifier : containedQualifiers) {
      if (padded.contains(qualifier)) {
        return null;
      }
    }
    for (String qualifier : leadingQualifiers) {
      if (padded.startsWith(" " + qualifier)) {
        return null;
      }
    }
    return name;
  }

  private static List<String> lines(String content) {
    return content
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }
}
