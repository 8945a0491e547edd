package dev.kb.importer.extract;

import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.context.ContextFlags;
import dev.kb.importer.context.ContextRules;
import dev.kb.importer.context.SentenceContext;
import dev.kb.importer.lexicon.Lexicon;
import dev.kb.importer.lexicon.LexiconMatch;
import dev.kb.importer.text.SentenceSplitter;
import dev.kb.importer.text.TextSpan;
import dev.kb.importer.text.Token;
import dev.kb.importer.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The first stage of extraction: splits the text into sentences and tokens, finds lexicon concepts
 * by longest match and the abbreviations the text defines for them, and reads their context with
 * the ConText rules. What it finds ({@link Found}) is what the relation rules then reason about.
 */
final class ConceptReader {

  // Words joining a drug to the finding it caused inside one name.
  private static final Set<String> CAUSE_LINKS =
      Set.of("induced", "associated", "related", "attributed", "mediated");

  /** A text read: its tokens and sentences, and the concepts found in it in text order. */
  record Read(Document document, List<Found> found) {}

  private final Lexicon lexicon;
  private final ContextRules rules;
  private final FindingPhrases findings;
  private final PatientContext patient;

  /**
   * @param findings the finding phrases, their codes already taken from {@code lexicon}
   * @param patient the place names inside which no finding is a fact
   */
  ConceptReader(
      Lexicon lexicon, ContextRules rules, FindingPhrases findings, PatientContext patient) {
    this.lexicon = lexicon;
    this.rules = rules;
    this.findings = findings;
    this.patient = patient;
  }

  /** Reads a text that is not blank, checking {@code budget} between sentences. */
  Read read(String text, TimeBudget budget) {
    List<TextSpan> spans = SentenceSplitter.split(text);
    List<Token> tokens = new ArrayList<>();
    List<TextSpan> sentenceTokens = new ArrayList<>();
    List<Found> found = new ArrayList<>();
    List<SentenceContext> contexts = new ArrayList<>(spans.size());
    for (int s = 0; s < spans.size(); s++) {
      budget.check();
      int first = tokens.size();
      tokens.addAll(Tokenizer.tokenize(text, spans.get(s).start(), spans.get(s).end()));
      sentenceTokens.add(new TextSpan(first, tokens.size()));
      SentenceContext context = rules.analyse(tokens, first, tokens.size());
      contexts.add(context);
      List<LexiconMatch> matches =
          findings.apply(tokens, first, tokens.size(), lexicon.find(tokens, first, tokens.size()));
      for (LexiconMatch match : matches) {
        int link = causeLink(tokens, match);
        if (link > 0) {
          // "heparin-induced thrombocytopenia": the drug and the finding are two mentions, the
          // finding keeping the compound's concept, so the link classifier can link them.
          LexiconMatch drug = lexicon.find(tokens, match.firstToken(), link).get(0);
          found.add(
              new Found(
                  drug.concept(),
                  s,
                  drug.firstToken(),
                  drug.endToken(),
                  context.flagsFor(drug.firstToken(), drug.endToken(), ConceptKind.DRUG)));
          found.add(
              new Found(
                  match.concept(),
                  s,
                  link + 1,
                  match.endToken(),
                  context.flagsFor(link + 1, match.endToken(), match.concept().kind())));
          continue;
        }
        ContextFlags flags =
            context.flagsFor(match.firstToken(), match.endToken(), match.concept().kind());
        found.add(new Found(match.concept(), s, match.firstToken(), match.endToken(), flags));
      }
    }
    budget.check();
    found = patient.outsidePlaceNames(tokens, sentenceTokens, found);
    found = Abbreviations.apply(tokens, sentenceTokens, contexts, found);
    shareListNegation(tokens, found);
    return new Read(new Document(text, spans, tokens, sentenceTokens, budget), found);
  }

  /**
   * "no fever, cough, night sweats or weight loss", "a history of asthma, diabetes, gout and
   * hypertension": a negation or a past history reaches every finding of the list it opens, however
   * long the list, while the findings follow one another with only commas, "and", "or" or "nor"
   * between them.
   */
  private static void shareListNegation(List<Token> tokens, List<Found> found) {
    for (int i = 1; i < found.size(); i++) {
      Found previous = found.get(i - 1);
      Found next = found.get(i);
      boolean negated = previous.flags().negated() && !next.flags().negated();
      boolean historical = previous.flags().historical() && !next.flags().historical();
      if ((negated || historical)
          && next.sentence() == previous.sentence()
          && previous.isFinding()
          && next.isFinding()
          && onlyListWords(tokens, previous.endToken(), next.firstToken())) {
        ContextFlags f = next.flags();
        found.set(
            i,
            new Found(
                next.concept(),
                next.sentence(),
                next.firstToken(),
                next.endToken(),
                new ContextFlags(
                    f.negated() || negated,
                    f.possible(),
                    f.historical() || historical,
                    f.hypothetical(),
                    f.family(),
                    f.ended())));
      }
    }
  }

  private static boolean onlyListWords(List<Token> tokens, int from, int to) {
    if (to <= from || to - from > 2) {
      return false;
    }
    if (to - from == 1 && tokens.get(from).text().equals("(")) {
      // "pelvic inflammatory disease (PID)": an abbreviation shares the context of what it stands
      // for.
      return true;
    }
    for (int t = from; t < to; t++) {
      String norm = tokens.get(t).norm();
      if (!norm.equals(",") && !norm.equals("and") && !norm.equals("or") && !norm.equals("nor")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The index of the link word when a finding's name is a drug, a causal word and a finding
   * ("heparin-induced thrombocytopenia", "statin-associated myopathy"); -1 otherwise.
   */
  private int causeLink(List<Token> tokens, LexiconMatch match) {
    ConceptKind kind = match.concept().kind();
    if (kind != ConceptKind.SYMPTOM && kind != ConceptKind.DIAGNOSIS) {
      return -1;
    }
    for (int k = match.firstToken() + 1; k < match.endToken() - 1; k++) {
      if (CAUSE_LINKS.contains(tokens.get(k).norm())) {
        List<LexiconMatch> before = lexicon.find(tokens, match.firstToken(), k);
        if (before.size() == 1
            && before.get(0).firstToken() == match.firstToken()
            && before.get(0).endToken() == k
            && before.get(0).concept().kind() == ConceptKind.DRUG) {
          return k;
        }
        return -1;
      }
    }
    return -1;
  }
}
