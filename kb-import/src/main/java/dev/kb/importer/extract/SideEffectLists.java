package dev.kb.importer.extract;

import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Mentions that share a side-effect link because the text names them together: findings listed
 * together share the drug ("fever, nausea and rash after amoxicillin"), drugs listed together share
 * the blame ("caused by naproxen and oxaprozin"), and a short form in brackets shares the relations
 * of what it stands for ("interstitial pneumonitis induced by carmustine (BCNU)").
 */
final class SideEffectLists {

  private final SideEffectFindings findings;

  SideEffectLists(SideEffectFindings findings) {
    this.findings = findings;
  }

  /**
   * The findings listed with the one at {@code i}, itself first: those that follow one another in
   * its sentence with only "and", "or", commas or a slash between.
   */
  List<Integer> effects(Document document, List<Found> found, int i) {
    List<Token> tokens = document.tokens();
    List<Integer> effects = new ArrayList<>(List.of(i));
    for (int step : new int[] {-1, 1}) {
      int current = i;
      for (int j = i + step; j >= 0 && j < found.size(); j += step) {
        Found next = found.get(j);
        Found here = found.get(current);
        boolean finding = findings.canBeSideEffect(next) || next.kind() == ConceptKind.SIDE_EFFECT;
        if (!finding || next.sentence() != here.sentence()) {
          break;
        }
        int from = step > 0 ? here.endToken() : next.endToken();
        int to = step > 0 ? next.firstToken() : here.firstToken();
        // "Stevens-Johnson syndrome/toxic epidermal necrolysis", "SJS/TEN": findings joined by a
        // slash, which the tokenizer drops, are listed together too.
        boolean joined =
            from == to ? document.slashBefore(from) : onlyConjunctions(tokens, from, to);
        if (!joined) {
          break;
        }
        effects.add(j);
        current = j;
      }
    }
    return effects;
  }

  /** The drugs listed with the one at {@code drug}, itself first: joined by "and", "or", commas. */
  List<Integer> drugs(List<Token> tokens, List<Found> found, int drug) {
    List<Integer> drugs = new ArrayList<>(List.of(drug));
    for (int step : new int[] {-1, 1}) {
      int current = drug;
      for (int j = drug + step; j >= 0 && j < found.size(); j += step) {
        Found next = found.get(j);
        Found here = found.get(current);
        if (next.kind() != ConceptKind.DRUG || next.sentence() != here.sentence()) {
          break;
        }
        int from = step > 0 ? here.endToken() : next.endToken();
        int to = step > 0 ? next.firstToken() : here.firstToken();
        if (!onlyConjunctions(tokens, from, to)) {
          break;
        }
        drugs.add(j);
        current = j;
      }
    }
    return drugs;
  }

  private static boolean onlyConjunctions(List<Token> tokens, int from, int to) {
    if (to - from > 2) {
      return false;
    }
    for (int t = from; t < to; t++) {
      String norm = tokens.get(t).norm();
      if (!norm.equals("and") && !norm.equals("or") && !norm.equals(",")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The relations with those of the short forms in brackets added: a short form right after a
   * mention names the same thing, so it shares the mention's relations, and the other way round. A
   * finding that gains a cause this way becomes a side effect.
   */
  List<Relation> withShortForms(List<Token> tokens, List<Found> found, List<Relation> relations) {
    if (relations.isEmpty()) {
      return relations;
    }
    Set<Relation> result = new LinkedHashSet<>(relations);
    for (Relation r : relations) {
      for (int from : alsoNamed(tokens, found, r.from())) {
        for (int to : alsoNamed(tokens, found, r.to())) {
          Relation more = new Relation(r.type(), from, to);
          if (!result.contains(more)) {
            result.add(more);
            if (found.get(to).kind() != ConceptKind.SIDE_EFFECT) {
              found.set(to, found.get(to).as(ConceptKind.SIDE_EFFECT));
            }
          }
        }
      }
    }
    return List.copyOf(result);
  }

  // The mention itself and the one it is written beside in brackets, either way round.
  private static List<Integer> alsoNamed(List<Token> tokens, List<Found> found, int index) {
    Found here = found.get(index);
    for (int j : new int[] {index - 1, index + 1}) {
      if (j < 0 || j >= found.size()) {
        continue;
      }
      Found other = found.get(j);
      Found first = j < index ? other : here;
      Found second = j < index ? here : other;
      if (other.sentence() == here.sentence()
          && sameKind(other, here)
          && second.firstToken() == first.endToken() + 1
          && tokens.get(first.endToken()).text().equals("(")
          && second.endToken() < tokens.size()
          && tokens.get(second.endToken()).text().equals(")")) {
        return List.of(index, j);
      }
    }
    return List.of(index);
  }

  private static boolean sameKind(Found a, Found b) {
    boolean drugA = a.kind() == ConceptKind.DRUG;
    boolean drugB = b.kind() == ConceptKind.DRUG;
    return drugA == drugB;
  }
}
