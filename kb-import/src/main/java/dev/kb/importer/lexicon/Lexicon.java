package dev.kb.importer.lexicon;

import dev.kb.core.concept.Concept;
import dev.kb.importer.text.PhraseTrie;
import dev.kb.importer.text.Token;
import dev.kb.importer.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * All concepts of the lexicon, indexed by the normalised tokens of their names and synonyms. Lookup
 * is a single left-to-right pass over the tokens; the longest name wins, so "muscle twitching" is
 * one mention and not "muscle" plus "twitching".
 */
public final class Lexicon {

  // A name written with two or more capitals and at most this many characters is an abbreviation:
  // "ALL" (a leukaemia) must not match the word "all", nor "MS" the unit "ms".
  private static final int MAX_ABBREVIATION_LENGTH = 6;

  /** One name of a concept; {@code surface} holds the written tokens when case must match. */
  private record Entry(Concept concept, List<String> surface) {}

  private final PhraseTrie<Entry> trie = new PhraseTrie<>();
  private final List<Concept> concepts = new ArrayList<>();
  private final Set<String> words = new HashSet<>();

  private Lexicon() {}

  /** Reads lexicon files; when two concepts share a name, the file listed first wins. */
  public static Lexicon parse(List<LexiconFile> files) {
    Lexicon lexicon = new Lexicon();
    for (LexiconFile file : files) {
      for (Concept concept : LexiconLoader.parse(file.name(), file.content(), file.kind())) {
        lexicon.add(concept);
      }
    }
    return lexicon;
  }

  /**
   * A lexicon over {@code concepts}; when two concepts share a name, the one listed first wins, so
   * authored concepts go before terminology packs.
   */
  public static Lexicon of(List<Concept> concepts) {
    Lexicon lexicon = new Lexicon();
    for (Concept concept : concepts) {
      lexicon.add(concept);
    }
    return lexicon;
  }

  /**
   * The matching key of a name: its normalised tokens joined by spaces ("Muscle cramps" → "muscle
   * cramp").
   */
  public static String key(String name) {
    StringBuilder key = new StringBuilder();
    for (Token token : Tokenizer.tokenize(name)) {
      if (!key.isEmpty()) {
        key.append(' ');
      }
      key.append(token.norm());
    }
    return key.toString();
  }

  /** All concepts, in file order. */
  public List<Concept> concepts() {
    return List.copyOf(concepts);
  }

  private void add(Concept concept) {
    concepts.add(concept);
    addName(concept, concept.name());
    for (String synonym : concept.synonyms()) {
      addName(concept, synonym);
    }
  }

  private void addName(Concept concept, String name) {
    List<Token> tokens = Tokenizer.tokenize(name);
    if (tokens.isEmpty()) {
      return;
    }
    List<String> surface =
        isAbbreviation(name) ? tokens.stream().map(Token::text).toList() : List.of();
    List<String> norms = tokens.stream().map(Token::norm).toList();
    words.addAll(norms);
    trie.add(norms, new Entry(concept, surface));
  }

  /**
   * Whether some name or synonym holds this word, normalised as {@link Token#norm()} gives it: a
   * word no name holds cannot lead to any concept.
   */
  public boolean knows(String norm) {
    return words.contains(norm);
  }

  /**
   * The words of {@code text} that no name or synonym of the lexicon holds, as written, each once,
   * in text order; punctuation is left out.
   */
  public List<String> unknownWords(String text) {
    Set<String> unknown = new LinkedHashSet<>();
    for (Token token : Tokenizer.tokenize(text)) {
      boolean word = token.text().codePoints().anyMatch(Character::isLetterOrDigit);
      if (word && !knows(token.norm())) {
        unknown.add(token.text());
      }
    }
    return List.copyOf(unknown);
  }

  private static boolean isAbbreviation(String name) {
    long capitals = name.chars().filter(Character::isUpperCase).count();
    return capitals >= 2 && name.length() <= MAX_ABBREVIATION_LENGTH;
  }

  /** The concepts named in {@code tokens} between {@code from} and {@code to}, left to right. */
  public List<LexiconMatch> find(List<Token> tokens, int from, int to) {
    List<LexiconMatch> matches = new ArrayList<>();
    for (var match : trie.findAll(tokens, from, to, Lexicon::caseFits)) {
      matches.add(new LexiconMatch(match.value().concept(), match.start(), match.end()));
    }
    return matches;
  }

  // For abbreviations the text must use the same capitals; "ECGs" still matches "ECG".
  private static boolean caseFits(Entry entry, List<Token> matched) {
    if (entry.surface().isEmpty()) {
      return true;
    }
    for (int i = 0; i < matched.size(); i++) {
      if (!matched.get(i).text().startsWith(entry.surface().get(i))) {
        return false;
      }
    }
    return true;
  }
}
