package dev.kb.importer.extract;

import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.text.Token;
import java.util.List;

/**
 * The lists a case's mentions stand in, for the link features: "fever, nausea and rash", "SJS/TEN",
 * "cyclosporin and methotrexate". Mentions of one sort (drugs, or findings that may be a side
 * effect) that follow one another in a sentence with only list words between stand for one stretch
 * of text, so that what stands between a drug and a list is what stands between it and each of its
 * findings.
 */
final class MentionLists {

  private final Document document;
  private final List<Token> tokens;
  private final List<Found> found;
  // For each mention, the first and end token of the list it stands in (itself alone if none).
  private final int[] listFirst;
  private final int[] listEnd;

  /** The lists of the mentions {@code found} of {@code document}, read at once. */
  MentionLists(Document document, List<Found> found) {
    this.document = document;
    this.tokens = document.tokens();
    this.found = found;
    this.listFirst = new int[found.size()];
    this.listEnd = new int[found.size()];
    int start = 0;
    for (int i = 0; i < found.size(); i++) {
      if (i > 0 && !joined(found.get(i - 1), found.get(i))) {
        close(start, i);
        start = i;
      }
    }
    close(start, found.size());
  }

  /** The first token of the list the mention at {@code i} stands in. */
  int first(int i) {
    return listFirst[i];
  }

  /** The token after the list the mention at {@code i} stands in. */
  int end(int i) {
    return listEnd[i];
  }

  /** Whether the mention at {@code i} stands in a list of more than itself. */
  boolean inList(int i) {
    Found f = found.get(i);
    return listEnd[i] - listFirst[i] > f.endToken() - f.firstToken();
  }

  private void close(int from, int to) {
    if (from >= to) {
      return;
    }
    int first = found.get(from).firstToken();
    int end = found.get(to - 1).endToken();
    for (int i = from; i < to; i++) {
      listFirst[i] = first;
      listEnd[i] = end;
    }
  }

  private boolean joined(Found previous, Found next) {
    boolean drugs = previous.kind() == ConceptKind.DRUG;
    if (previous.sentence() != next.sentence()
        || drugs != (next.kind() == ConceptKind.DRUG)
        || (!drugs
            && (!LinkFeatures.isCandidateFinding(previous)
                || !LinkFeatures.isCandidateFinding(next)))) {
      return false;
    }
    int from = previous.endToken();
    int to = next.firstToken();
    if (from == to) {
      return document.slashBefore(from);
    }
    if (to - from > 3) {
      return false;
    }
    for (int t = from; t < to; t++) {
      String norm = tokens.get(t).norm();
      if (!norm.equals(",") && !norm.equals("and") && !norm.equals("or") && !norm.equals("/")) {
        return false;
      }
    }
    return true;
  }
}
