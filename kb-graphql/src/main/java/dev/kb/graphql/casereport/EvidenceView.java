package dev.kb.graphql.casereport;

import dev.kb.core.casereport.CaseFact;

/** The GraphQL {@code Evidence} type: the fact's span, its words and its whole sentence. */
record EvidenceView(int sentenceIndex, int start, int end, String matchedText, String sentence) {

  static EvidenceView of(CaseFact fact) {
    return new EvidenceView(
        fact.evidence().sentenceIndex(),
        fact.evidence().start(),
        fact.evidence().end(),
        fact.evidence().matchedText(),
        fact.sentence());
  }
}
