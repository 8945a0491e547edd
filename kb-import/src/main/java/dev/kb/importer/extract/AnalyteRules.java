package dev.kb.importer.extract;

import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a substance that is also a laboratory test ("potassium", "creatinine", "iron") is
 * measured or is the substance itself. The lexicon lists such analytes as investigations with a
 * DrugBank code beside their MeSH one; a mention reads as the test when a value, a level or a
 * specimen goes with it ("serum potassium 2.9 mmol/L", "creatinine levels", "sodium, potassium and
 * urea were normal"), and as the substance otherwise ("potassium supplementation", "iron overload
 * after transfusions").
 */
final class AnalyteRules {

  // How far after the analyte its value may come: "creatinine fell from 798 to 98".
  private static final int VALUE_WINDOW = 6;

  private static final Set<String> SPECIMENS =
      Set.of(
          "serum",
          "plasma",
          "blood",
          "urine",
          "urinary",
          "ionized",
          "ionic",
          "arterial",
          "csf",
          "total",
          "free",
          "fasting");

  // Words right after the analyte that show a measurement is being reported.
  private static final Set<String> MEASURED =
      Set.of(
          "level",
          "value",
          "concentration",
          "clearance",
          "was",
          "were",
          "is",
          "are",
          "within",
          "normal",
          "elevated",
          "increased",
          "decreased",
          "fell",
          "rose",
          "remained",
          "low",
          "high",
          "test",
          "measurement",
          "result",
          "(",
          ":",
          "=");

  private AnalyteRules() {}

  /** Re-kinds, in place, the analyte mentions of {@code found} that name the substance. */
  static void apply(Document document, List<Found> found) {
    List<Token> tokens = document.tokens();
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      if (f.kind() == ConceptKind.INVESTIGATION && isAnalyte(f) && !measured(document, found, i)) {
        found.set(i, f.as(ConceptKind.DRUG));
      }
    }
  }

  private static boolean isAnalyte(Found f) {
    for (String code : f.concept().codes()) {
      if (code.startsWith("DRUGBANK:")) {
        return true;
      }
    }
    return false;
  }

  private static boolean measured(Document document, List<Found> found, int index) {
    List<Token> tokens = document.tokens();
    Found f = found.get(index);
    if (SPECIMENS.contains(tokens.get(f.firstToken()).norm())
        || f.firstToken() > 0 && SPECIMENS.contains(tokens.get(f.firstToken() - 1).norm())) {
      return true;
    }
    int sentenceEnd = document.sentenceEnd(f.sentence());
    if (f.endToken() < sentenceEnd && MEASURED.contains(tokens.get(f.endToken()).norm())) {
      return true;
    }
    for (int t = f.endToken(); t < Math.min(sentenceEnd, f.endToken() + VALUE_WINDOW); t++) {
      Token token = tokens.get(t);
      if (Character.isDigit(token.text().charAt(0))) {
        return true;
      }
      if (token.text().equals(".") || token.text().equals(";")) {
        break;
      }
    }
    // "sodium, potassium and urea": listed among other tests, it is one of them.
    return listedWithTest(tokens, found, index, -1) || listedWithTest(tokens, found, index, 1);
  }

  private static boolean listedWithTest(
      List<Token> tokens, List<Found> found, int index, int step) {
    int j = index + step;
    if (j < 0 || j >= found.size()) {
      return false;
    }
    Found here = found.get(index);
    Found next = found.get(j);
    if (next.sentence() != here.sentence() || next.kind() != ConceptKind.INVESTIGATION) {
      return false;
    }
    int from = step > 0 ? here.endToken() : next.endToken();
    int to = step > 0 ? next.firstToken() : here.firstToken();
    if (to - from > 2) {
      return false;
    }
    for (int t = from; t < to; t++) {
      String norm = tokens.get(t).norm();
      if (!norm.equals(",") && !norm.equals("and") && !norm.equals("or")) {
        return false;
      }
    }
    return true;
  }
}
