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

  // Words right after a substance that show it is measured or stained for, whatever it is: a
  // hormone, an enzyme, a drug level ("valproate level", "desmin-negative", "GH concentration").
  private static final Set<String> ASSAYED_AFTER =
      Set.of(
          "level",
          "concentration",
          "value",
          "titer",
          "titre",
          "assay",
          "activity",
          "positive",
          "negative",
          "positivity",
          "negativity",
          "staining",
          "stain",
          "immunostaining",
          "immunoreactivity",
          "expression",
          "deficient",
          "index",
          "ratio",
          "clearance",
          "excretion");

  // Phrases right before a substance that show it is measured or looked for in tissue.
  private static final Cues ASSAYED_BEFORE =
      new Cues(
          "level of",
          "levels of",
          "concentration of",
          "concentrations of",
          "positive for",
          "negative for",
          "positivity for",
          "stained for",
          "staining for",
          "stain for",
          "staining of",
          "expression of",
          "expressed",
          "immunoreactive for",
          "immunoreactivity for",
          "immunostaining for",
          "immunohistochemistry for",
          "immunohistochemical staining for",
          "antibody to",
          "antibodies to",
          "antibodies against");

  // A unit of concentration after a number: a measured value, not a dose ("mg/dL", "ng/ml").
  private static final java.util.regex.Pattern CONCENTRATION_UNIT =
      java.util.regex.Pattern.compile("(?i).*(/(d|m|µ|μ)?l|mol|meq|iu/|u/l|ng/|pg/).*");

  private AnalyteRules() {}

  /**
   * Re-kinds, in place, the analyte mentions of {@code found} that name the substance, and the
   * drugs that are measured or stained for ("plasma GH levels", "negative for desmin") as tests.
   */
  static void apply(Document document, List<Found> found) {
    for (int i = 0; i < found.size(); i++) {
      document.checkBudget();
      Found f = found.get(i);
      if (f.kind() == ConceptKind.INVESTIGATION && isAnalyte(f) && !measured(document, found, i)) {
        found.set(i, f.as(ConceptKind.DRUG));
      }
    }
    boolean[] assayed = new boolean[found.size()];
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      if (f.kind() == ConceptKind.DRUG && assayed(document, f)) {
        found.set(i, f.as(ConceptKind.INVESTIGATION));
        assayed[i] = true;
      }
    }
    // "positive for CK7, TTF-1 and p63", "GH, TSH and LH levels": the list shares the reading.
    for (int step : new int[] {1, -1}) {
      for (int i = step > 0 ? 0 : found.size() - 1; i >= 0 && i < found.size(); i += step) {
        if (!assayed[i]) {
          continue;
        }
        int j = i + step;
        if (j >= 0
            && j < found.size()
            && !assayed[j]
            && found.get(j).kind() == ConceptKind.DRUG
            && found.get(j).sentence() == found.get(i).sentence()
            && listJoined(
                document.tokens(), found.get(Math.min(i, j)), found.get(Math.max(i, j)))) {
          found.set(j, found.get(j).as(ConceptKind.INVESTIGATION));
          assayed[j] = true;
        }
      }
    }
  }

  private static boolean assayed(Document document, Found f) {
    List<Token> tokens = document.tokens();
    int sentenceStart = document.sentenceStart(f.sentence());
    int sentenceEnd = document.sentenceEnd(f.sentence());
    if (f.firstToken() > sentenceStart
        && SPECIMENS.contains(tokens.get(f.firstToken() - 1).norm())) {
      return true;
    }
    int after = f.endToken();
    // "desmin-negative", "GH levels": the hyphen is a token of its own.
    if (after < sentenceEnd && tokens.get(after).text().equals("-")) {
      after++;
    }
    if (after < sentenceEnd && ASSAYED_AFTER.contains(tokens.get(after).norm())) {
      return true;
    }
    int before =
        ASSAYED_BEFORE.last(tokens, Math.max(sentenceStart, f.firstToken() - 3), f.firstToken());
    if (before >= 0) {
      return true;
    }
    // "GH 8.2 ng/ml", "valproate was 120 mg/L": a number with a unit of concentration.
    for (int t = f.endToken(); t < Math.min(sentenceEnd, f.endToken() + 4); t++) {
      Token token = tokens.get(t);
      if (Character.isDigit(token.text().charAt(0))) {
        return t + 1 < sentenceEnd
            && CONCENTRATION_UNIT.matcher(unitAfter(tokens, t + 1, sentenceEnd)).matches();
      }
      if (token.text().equals(".") || token.text().equals(";") || token.text().equals(",")) {
        break;
      }
    }
    return false;
  }

  // The few tokens after a number, joined, where its unit is written ("ng", "/", "ml").
  private static String unitAfter(List<Token> tokens, int from, int to) {
    StringBuilder unit = new StringBuilder();
    for (int t = from; t < Math.min(to, from + 3); t++) {
      unit.append(tokens.get(t).text());
    }
    return unit.toString();
  }

  private static boolean listJoined(List<Token> tokens, Found left, Found right) {
    int from = left.endToken();
    int to = right.firstToken();
    if (to - from > 2 || to <= from) {
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
