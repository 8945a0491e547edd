package dev.kb.importer.evaluate;

import dev.kb.core.concept.Concept;
import dev.kb.importer.extract.Extraction;
import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.Mention;
import dev.kb.importer.lexicon.GenericConcepts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * BC5CDR in PubTator format: each abstract is extracted as its title, a line break and its abstract
 * (the offsets of the gold annotations count the title and one separator). Our drugs are its
 * chemicals; our diagnoses, symptoms and side effects its diseases.
 */
final class Bc5cdrEvaluation {

  static final List<String> TYPES = List.of("chemical", "disease");

  /** One abstract: its text and gold mentions. */
  record Abstract(String id, String text, List<Span> gold) {}

  private static final GenericConcepts GENERIC = GenericConcepts.bundled();

  private Bc5cdrEvaluation() {}

  static Report run(Extractor extractor, Path file) {
    List<Abstract> abstracts = parse(MaccrobatEvaluation.read(file));
    Score[] strict = {Score.ZERO, Score.ZERO};
    Score[] overlap = {Score.ZERO, Score.ZERO};
    long nanos = 0;
    for (Abstract a : abstracts) {
      long start = System.nanoTime();
      Extraction extraction = extractor.extract(a.text());
      nanos += System.nanoTime() - start;
      List<Span> predicted = new ArrayList<>();
      for (Mention m : extraction.mentions()) {
        String type = type(m.concept().asKind(m.kind()));
        if (type != null) {
          predicted.add(new Span(type, m.evidence().start(), m.evidence().end()));
        }
      }
      for (int t = 0; t < TYPES.size(); t++) {
        strict[t] = strict[t].plus(Span.score(TYPES.get(t), a.gold(), predicted, true));
        overlap[t] = overlap[t].plus(Span.score(TYPES.get(t), a.gold(), predicted, false));
      }
    }
    List<ScoreRow> rows = new ArrayList<>();
    for (int t = 0; t < TYPES.size(); t++) {
      rows.add(new ScoreRow(TYPES.get(t), "strict", strict[t]));
      rows.add(new ScoreRow(TYPES.get(t), "overlap", overlap[t]));
    }
    return new Report(
        "BC5CDR " + file.getFileName(),
        abstracts.size(),
        nanos / 1e9,
        rows,
        List.of(
            "chemical = drug, or a test named by a substance with a DrugBank code; disease = diagnosis, symptom or side effect; generic concepts (kb/lexicon/generic-concepts.tsv) are not counted"));
  }

  static List<Abstract> parse(String pubtator) {
    List<Abstract> abstracts = new ArrayList<>();
    String id = null;
    String title = "";
    String text = "";
    List<Span> gold = new ArrayList<>();
    // A trailing sentinel closes the last abstract: split() drops trailing empty lines.
    for (String line : (pubtator + "\n.").split("\r?\n")) {
      if (line.isBlank() || line.equals(".")) {
        if (id != null) {
          abstracts.add(new Abstract(id, text, List.copyOf(gold)));
        }
        id = null;
        gold.clear();
        continue;
      }
      if (line.contains("|t|")) {
        id = line.substring(0, line.indexOf('|'));
        title = line.substring(line.indexOf("|t|") + 3);
        text = title;
      } else if (line.contains("|a|")) {
        text = title + "\n" + line.substring(line.indexOf("|a|") + 3);
      } else {
        String[] f = line.split("\t");
        if (f.length >= 5 && (f[4].equals("Chemical") || f[4].equals("Disease"))) {
          gold.add(
              new Span(
                  f[4].equals("Chemical") ? "chemical" : "disease",
                  Integer.parseInt(f[1]),
                  Integer.parseInt(f[2])));
        }
      }
    }
    return abstracts;
  }

  // BC5CDR marks every chemical, also one that is measured ("serum creatinine"), which we read as
  // a test: a test named by a substance with a DrugBank code is a chemical here.
  // It marks specific entities only, never a generic concept ("side effects", "complications",
  // "symptoms", "medication"): those are not counted.
  private static @Nullable String type(Concept concept) {
    if (GENERIC.contains(concept.id())) {
      return null;
    }
    return switch (concept.kind()) {
      case DRUG -> "chemical";
      case DIAGNOSIS, SYMPTOM, SIDE_EFFECT -> "disease";
      case INVESTIGATION ->
          concept.codes().stream().anyMatch(c -> c.startsWith("DRUGBANK:")) ? "chemical" : null;
    };
  }
}
