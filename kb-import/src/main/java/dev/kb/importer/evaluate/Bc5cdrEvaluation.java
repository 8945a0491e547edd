package dev.kb.importer.evaluate;

import dev.kb.core.concept.Concept;
import dev.kb.importer.corpus.GoldCorpora;
import dev.kb.importer.corpus.GoldDocument;
import dev.kb.importer.extract.Extraction;
import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.Mention;
import dev.kb.importer.extract.Relation;
import dev.kb.importer.extract.RelationType;
import dev.kb.importer.lexicon.GenericConcepts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * BC5CDR in PubTator format: each abstract is extracted as its title, a line break and its abstract
 * (the offsets of the gold annotations count the title and one separator). Our drugs are its
 * chemicals; our diagnoses, symptoms and side effects its diseases.
 *
 * <p>Chemical-induced disease (CID) relations are scored at document level, as the challenge did:
 * the set of (chemical, disease) MeSH id pairs our {@code CAUSES} relations name in an abstract,
 * against its gold set. Two ways of naming them: by the MeSH codes of our own concepts (what a user
 * of the graph gets), and by the gold mention each of our mentions overlaps (which scores the
 * relations alone, whatever our concepts' codes).
 */
final class Bc5cdrEvaluation {

  static final List<String> TYPES = List.of("chemical", "disease");

  private static final GenericConcepts GENERIC = GenericConcepts.bundled();

  private Bc5cdrEvaluation() {}

  static Report run(Extractor extractor, List<Path> files) {
    List<GoldDocument> abstracts = new ArrayList<>();
    for (Path file : files) {
      abstracts.addAll(GoldCorpora.parsePubTator(MaccrobatEvaluation.read(file)));
    }
    Score[] strict = {Score.ZERO, Score.ZERO};
    Score[] overlap = {Score.ZERO, Score.ZERO};
    Score ownCodes = Score.ZERO;
    Score aligned = Score.ZERO;
    long nanos = 0;
    for (GoldDocument a : abstracts) {
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
      List<Span> gold = new ArrayList<>();
      a.drugs().forEach(g -> gold.add(new Span("chemical", g.start(), g.end())));
      a.findings().forEach(g -> gold.add(new Span("disease", g.start(), g.end())));
      for (int t = 0; t < TYPES.size(); t++) {
        strict[t] = strict[t].plus(Span.score(TYPES.get(t), gold, predicted, true));
        overlap[t] = overlap[t].plus(Span.score(TYPES.get(t), gold, predicted, false));
      }
      ownCodes = ownCodes.plus(score(a.causes(), pairsByOwnCodes(extraction)));
      aligned = aligned.plus(score(a.causes(), pairsByGoldMentions(extraction, a)));
    }
    List<ScoreRow> rows = new ArrayList<>();
    for (int t = 0; t < TYPES.size(); t++) {
      rows.add(new ScoreRow(TYPES.get(t), "strict", strict[t]));
      rows.add(new ScoreRow(TYPES.get(t), "overlap", overlap[t]));
    }
    rows.add(new ScoreRow("CID", "codes", ownCodes));
    rows.add(new ScoreRow("CID", "aligned", aligned));
    return new Report(
        "BC5CDR "
            + String.join(" + ", files.stream().map(f -> f.getFileName().toString()).toList()),
        abstracts.size(),
        nanos / 1e9,
        rows,
        List.of(
            "chemical = drug, or a test named by a substance with a DrugBank code; disease ="
                + " diagnosis, symptom or side effect; generic concepts"
                + " (kb/lexicon/generic-concepts.tsv) are not counted",
            "CID: document-level (chemical, disease) MeSH pairs of the CAUSES relations at or"
                + " above the extractor's minimum confidence; codes: by our concepts' MeSH codes;"
                + " aligned: by the MeSH ids of the gold mentions our two mentions overlap"));
  }

  // The MeSH ids of the gold mentions overlapping a predicted mention.
  private static Set<String> goldIds(List<GoldDocument.Gold> gold, Mention m) {
    Set<String> ids = new HashSet<>();
    for (GoldDocument.Gold g : gold) {
      if (g.overlaps(m.evidence().start(), m.evidence().end())) {
        ids.addAll(g.ids());
      }
    }
    return ids;
  }

  private static Set<String> pairsByGoldMentions(Extraction extraction, GoldDocument a) {
    Set<String> pairs = new HashSet<>();
    for (Relation r : confidentCauses(extraction)) {
      for (String chemical : goldIds(a.drugs(), extraction.mentions().get(r.from()))) {
        for (String disease : goldIds(a.findings(), extraction.mentions().get(r.to()))) {
          pairs.add(GoldDocument.pair(chemical, disease));
        }
      }
    }
    return pairs;
  }

  private static Set<String> pairsByOwnCodes(Extraction extraction) {
    Set<String> pairs = new HashSet<>();
    for (Relation r : confidentCauses(extraction)) {
      for (String chemical : meshIds(extraction.mentions().get(r.from()).concept())) {
        for (String disease : meshIds(extraction.mentions().get(r.to()).concept())) {
          pairs.add(GoldDocument.pair(chemical, disease));
        }
      }
    }
    return pairs;
  }

  static List<Relation> confidentCauses(Extraction extraction) {
    return extraction.relations().stream()
        .filter(r -> r.type() == RelationType.CAUSES && r.confidence() >= extraction.linkMinimum())
        .toList();
  }

  private static List<String> meshIds(Concept concept) {
    List<String> ids = new ArrayList<>();
    for (String code : concept.codes()) {
      if (code.startsWith("MESH:")) {
        ids.add(code.substring(5));
      }
    }
    return ids;
  }

  private static Score score(Set<String> gold, Set<String> predicted) {
    int correct = (int) predicted.stream().filter(gold::contains).count();
    return new Score(predicted.size(), correct, gold.size(), correct);
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
