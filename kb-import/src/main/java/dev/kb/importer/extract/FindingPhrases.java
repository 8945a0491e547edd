package dev.kb.importer.extract;

import dev.kb.core.concept.Concept;
import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.lexicon.Lexicon;
import dev.kb.importer.lexicon.LexiconMatch;
import dev.kb.importer.text.DataFile;
import dev.kb.importer.text.Token;
import dev.kb.importer.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Findings named by a body structure and a finding word, which terminologies rarely list one by
 * one: "bowel obstruction", "left atrial enlargement", "enlargement of the liver", "dilated
 * ventricles", "the spleen was enlarged"; and, with a measurement word, investigations: "cardiac
 * function", "jugular venous pressure", "spleen size". The words and their roles are data ({@code
 * kb/lexicon/findings.tsv}). A phrase becomes one mention, spanning the words as written, of the
 * finding word's kind; its concept ({@code KB:} id) is named after the structure and the finding
 * and carries the finding's codes when the lexicon knows the finding's name. A phrase the lexicon
 * names as a whole ("pleural effusion", "renal function") keeps the lexicon's concept, and so does
 * a finding word the lexicon names alone when the structure follows it ("oedema of both legs").
 */
final class FindingPhrases {

  enum Role {
    STRUCTURE,
    POSITION,
    HEAD,
    PARTICIPLE,
    LINK,
    DETERMINER,
    COPULA,
    DEGREE
  }

  /** A finding word: the kind and name of what it names, and the codes the lexicon gives it. */
  record Head(ConceptKind kind, String name, List<String> codes) {}

  // Prefix of the ids of the concepts the phrases name.
  private static final String ID_PREFIX = "KB:";

  private final Map<String, Role> roles;
  private final Map<String, Head> heads;

  private FindingPhrases(Map<String, Role> roles, Map<String, Head> heads) {
    this.roles = Map.copyOf(roles);
    this.heads = Map.copyOf(heads);
  }

  /** Whether {@code concept} is one a finding phrase named. */
  static boolean isPhrase(Concept concept) {
    return concept.id().startsWith(ID_PREFIX);
  }

  /** Parses {@code role<TAB>word<TAB>kind<TAB>name} lines; errors name the file and line. */
  static FindingPhrases parse(String fileName, String content) {
    Map<String, Role> roles = new HashMap<>();
    Map<String, Head> heads = new HashMap<>();
    for (DataFile.Row row : DataFile.rows(fileName, content, "role\tword\tkind\tname")) {
      if (row.column(1).isEmpty()) {
        throw row.error("expected role<TAB>word<TAB>kind<TAB>name");
      }
      Role role;
      try {
        role = Role.valueOf(row.column(0).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown role '" + row.columns()[0] + "'");
      }
      List<Token> words = Tokenizer.tokenize(row.column(1));
      if (role == Role.HEAD || role == Role.PARTICIPLE) {
        if (words.size() != 1 || row.column(3).isEmpty()) {
          throw row.error("a finding word is one word with a name");
        }
        ConceptKind kind = ConceptKind.valueOf(row.column(2));
        heads.put(words.get(0).norm(), new Head(kind, row.column(3), List.of()));
      }
      for (Token word : words) {
        Role previous = roles.get(word.norm());
        // A structure word stays one when a longer name repeats it among other roles' words.
        if (previous == null || role == Role.STRUCTURE) {
          roles.put(word.norm(), role);
        }
      }
    }
    return new FindingPhrases(roles, heads);
  }

  /** The same phrases, each finding carrying the codes {@code lexicon} has for its name. */
  FindingPhrases withCodesFrom(Lexicon lexicon) {
    Map<String, Head> coded = new HashMap<>();
    heads.forEach(
        (word, head) -> {
          List<Token> tokens = Tokenizer.tokenize(head.name());
          List<String> codes = List.of();
          for (LexiconMatch match : lexicon.find(tokens, 0, tokens.size())) {
            ConceptKind kind = match.concept().kind();
            if (match.firstToken() == 0
                && match.endToken() == tokens.size()
                && (kind == ConceptKind.SYMPTOM || kind == ConceptKind.DIAGNOSIS)) {
              codes = match.concept().codes();
            }
          }
          coded.put(word, new Head(head.kind(), head.name(), codes));
        });
    return new FindingPhrases(roles, coded);
  }

  /**
   * The lexicon matches of one sentence with the finding phrases added: a phrase replaces a match
   * of its finding word alone ("lesion" becomes "lung lesion"), never a longer one, and never takes
   * words another match holds.
   */
  List<LexiconMatch> apply(List<Token> tokens, int from, int to, List<LexiconMatch> matches) {
    int[] holder = null;
    List<LexiconMatch> phrases = null;
    for (int i = from; i < to; i++) {
      Head head = heads.get(tokens.get(i).norm());
      if (head == null) {
        continue;
      }
      if (holder == null) {
        holder = holders(from, to, matches);
      }
      int held = holder[i - from];
      if (held >= 0 && !replaceable(matches.get(held), i)) {
        continue;
      }
      int[] span =
          roles.get(tokens.get(i).norm()) == Role.PARTICIPLE
              ? participlePhrase(tokens, from, to, i, holder)
              : headPhrase(tokens, from, to, i, holder, held < 0);
      if (span == null) {
        continue;
      }
      if (phrases == null) {
        phrases = new ArrayList<>();
      }
      phrases.add(new LexiconMatch(concept(tokens, span, head), span[0], span[1]));
      for (int t = span[0]; t < span[1]; t++) {
        holder[t - from] = -2;
      }
      i = Math.max(i, span[1] - 1);
    }
    if (phrases == null || holder == null) { // a phrase is found only once holder is made
      return matches;
    }
    List<LexiconMatch> result = new ArrayList<>(matches.size() + phrases.size());
    for (LexiconMatch match : matches) {
      // A phrase takes only free words and the match it replaces.
      if (holder[match.firstToken() - from] != -2) {
        result.add(match);
      }
    }
    result.addAll(phrases);
    result.sort(Comparator.comparingInt(LexiconMatch::firstToken));
    return result;
  }

  // Index of the match holding each token, -1 when none.
  private static int[] holders(int from, int to, List<LexiconMatch> matches) {
    int[] holder = new int[to - from];
    Arrays.fill(holder, -1);
    for (int m = 0; m < matches.size(); m++) {
      LexiconMatch match = matches.get(m);
      for (int t = match.firstToken(); t < match.endToken(); t++) {
        holder[t - from] = m;
      }
    }
    return holder;
  }

  // The finding word named alone as a symptom or diagnosis: the phrase says more.
  private static boolean replaceable(LexiconMatch match, int token) {
    ConceptKind kind = match.concept().kind();
    return match.firstToken() == token
        && match.endToken() == token + 1
        && (kind == ConceptKind.SYMPTOM || kind == ConceptKind.DIAGNOSIS);
  }

  private static boolean free(int[] holder, int from, int t) {
    return holder[t - from] == -1;
  }

  private @Nullable Role role(List<Token> tokens, int t) {
    return roles.get(tokens.get(t).norm());
  }

  /**
   * "bowel obstruction", "left atrial enlargement"; else, when {@code linked} (the lexicon does not
   * name the finding word alone), "enlargement of the liver". A finding the lexicon names keeps its
   * mention before "of", as "pain" does before "in the leg": "oedema of both legs" is oedema.
   */
  private int @Nullable [] headPhrase(
      List<Token> tokens, int from, int to, int head, int[] holder, boolean linked) {
    int start = structuresBefore(tokens, from, head, holder);
    if (start < head) {
      return new int[] {start, head + 1};
    }
    int t = head + 1;
    if (linked && t < to && role(tokens, t) == Role.LINK) {
      t++;
      while (t < to && role(tokens, t) == Role.DETERMINER) {
        t++;
      }
      int end = structuresAfter(tokens, from, to, t, holder);
      if (end > t) {
        return new int[] {head, end};
      }
    }
    return null;
  }

  /** "dilated bile ducts"; else "the liver was (markedly) enlarged". */
  private int @Nullable [] participlePhrase(
      List<Token> tokens, int from, int to, int word, int[] holder) {
    int end = structuresAfter(tokens, from, to, word + 1, holder);
    if (end < to && role(tokens, end) == Role.HEAD) {
      // "a calcified oesophageal mass": the structure belongs to the finding noun after it.
      return null;
    }
    if (end > word + 1) {
      return new int[] {word, end};
    }
    int t = word - 1;
    while (t >= from && role(tokens, t) == Role.DEGREE) {
      t--;
    }
    if (t < from || role(tokens, t) != Role.COPULA) {
      return null;
    }
    int start = structuresBefore(tokens, from, t, holder);
    return start < t ? new int[] {start, word + 1} : null;
  }

  // Start of the run of free structure and position words ending before token end, holding at
  // least one structure word; end itself when there is none.
  private int structuresBefore(List<Token> tokens, int from, int end, int[] holder) {
    int start = end;
    int first = end;
    for (int t = end - 1; t >= from && free(holder, from, t); t--) {
      Role role = role(tokens, t);
      if (role == Role.STRUCTURE) {
        first = t;
      } else if (role != Role.POSITION) {
        break;
      }
      start = t;
    }
    // Position words before the first structure belong to it ("left atrial"), not after it.
    return first < end ? start : end;
  }

  // End of the run of free structure and position words from token start, ending on a structure
  // word; start itself when there is none.
  private int structuresAfter(List<Token> tokens, int from, int to, int start, int[] holder) {
    int end = start;
    for (int t = start; t < to && free(holder, from, t); t++) {
      Role role = role(tokens, t);
      if (role == Role.STRUCTURE) {
        end = t + 1;
      } else if (role != Role.POSITION) {
        break;
      }
    }
    return end;
  }

  // Named after its structure words as written and the finding: "Liver enlargement".
  private Concept concept(List<Token> tokens, int[] span, Head head) {
    StringBuilder name = new StringBuilder();
    for (int t = span[0]; t < span[1]; t++) {
      Role role = role(tokens, t);
      if (role == Role.STRUCTURE || role == Role.POSITION) {
        name.append(tokens.get(t).text().toLowerCase(Locale.ROOT)).append(' ');
      }
    }
    name.append(head.name().toLowerCase(Locale.ROOT));
    return new Concept(
        ID_PREFIX + Lexicon.key(name.toString()).replace(' ', '-'),
        head.kind(),
        Character.toUpperCase(name.charAt(0)) + name.substring(1),
        List.of(),
        head.codes());
  }
}
