package dev.kb.importer.context;

import dev.kb.importer.text.DataFile;
import dev.kb.importer.text.PhraseTrie;
import dev.kb.importer.text.Token;
import dev.kb.importer.text.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The context rules, parsed from {@code trigger<TAB>category<TAB>direction<TAB>window} lines, and
 * the engine that applies them to one sentence at a time. A phrase may have several lines, one per
 * category it marks ("no history of": negated and historical); they all apply where it matches.
 */
public final class ContextRules {

  private final PhraseTrie<List<ContextRule>> trie = new PhraseTrie<>();
  private final int size;

  private ContextRules(List<ContextRule> rules) {
    Map<List<String>, List<ContextRule>> byPhrase = new LinkedHashMap<>();
    for (ContextRule rule : rules) {
      List<Token> tokens = Tokenizer.tokenize(rule.phrase());
      byPhrase
          .computeIfAbsent(tokens.stream().map(Token::norm).toList(), k -> new ArrayList<>())
          .add(rule);
    }
    byPhrase.forEach((phrase, phraseRules) -> trie.add(phrase, List.copyOf(phraseRules)));
    this.size = rules.size();
  }

  /** Parses a rules file; errors name the file and line. */
  public static ContextRules parse(String fileName, String content) {
    List<ContextRule> rules = new ArrayList<>();
    for (DataFile.Row row :
        DataFile.rows(fileName, content, "trigger\tcategory\tdirection\twindow")) {
      try {
        String phrase = row.column(0);
        if (Tokenizer.tokenize(phrase).isEmpty()) {
          throw new IllegalArgumentException("empty trigger");
        }
        rules.add(
            new ContextRule(
                phrase,
                Category.valueOf(row.column(1).toUpperCase(Locale.ROOT)),
                Direction.valueOf(row.column(2).toUpperCase(Locale.ROOT)),
                Integer.parseInt(row.column(3))));
      } catch (IllegalArgumentException e) {
        throw row.error(String.valueOf(e.getMessage()));
      }
    }
    return new ContextRules(rules);
  }

  /** How many rules were loaded. */
  public int size() {
    return size;
  }

  /** Finds the triggers of one sentence, ready to judge the mentions in it. */
  public SentenceContext analyse(List<Token> tokens, int from, int to) {
    List<SentenceContext.Trigger> triggers = new ArrayList<>();
    for (var match : trie.findAll(tokens, from, to, (rules, matched) -> true)) {
      for (ContextRule rule : match.value()) {
        triggers.add(new SentenceContext.Trigger(rule, match.start(), match.end()));
      }
    }
    return new SentenceContext(triggers, tokens);
  }
}
