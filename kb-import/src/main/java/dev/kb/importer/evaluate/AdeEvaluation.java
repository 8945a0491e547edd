package dev.kb.importer.evaluate;

import dev.kb.core.concept.ConceptKind;
import dev.kb.importer.extract.Extraction;
import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.Mention;
import dev.kb.importer.extract.Relation;
import dev.kb.importer.extract.RelationType;
import dev.kb.importer.lexicon.GenericConcepts;
import dev.kb.importer.lexicon.Lexicon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ADE-Corpus-V2: each unique sentence is extracted alone and its CAUSES relations (drug → side
 * effect) are compared with the gold drug → effect pairs of that sentence. Offsets in {@code
 * DRUG-AE.rel} are relative to the whole abstract, which we do not have, so a gold entity is
 * located by its text in the sentence; a predicted entity matches it when it overlaps one of those
 * occurrences or has the same normalised text.
 */
final class AdeEvaluation {

  /** A gold entity: its text and where that text occurs in the sentence. */
  record GoldEntity(String text, List<int[]> occurrences) {}

  record GoldPair(GoldEntity drug, GoldEntity effect) {}

  /** A predicted entity of the sentence. */
  record Predicted(String text, int start, int end) {}

  record PredictedPair(Predicted drug, Predicted effect) {}

  /** The gold pairs of one sentence; none for a sentence of ADE-NEG.txt. */
  record GoldSentence(String sentence, List<GoldPair> pairs) {}

  private static final GenericConcepts GENERIC = GenericConcepts.bundled();

  private AdeEvaluation() {}

  static Report run(Extractor extractor, Path folder) {
    Path rel = folder.resolve("DRUG-AE.rel");
    Path neg = folder.resolve("ADE-NEG.txt");
    if (!Files.isRegularFile(rel)) {
      throw new IllegalArgumentException("No DRUG-AE.rel in " + folder);
    }
    List<GoldSentence> sentences =
        parse(
            MaccrobatEvaluation.read(rel),
            Files.isRegularFile(neg) ? MaccrobatEvaluation.read(neg) : "");
    Score pairs = Score.ZERO;
    Score drugs = Score.ZERO;
    Score effects = Score.ZERO;
    long nanos = 0;
    int positive = 0;
    for (GoldSentence gold : sentences) {
      long start = System.nanoTime();
      Extraction extraction = extractor.extract(gold.sentence());
      nanos += System.nanoTime() - start;
      pairs = pairs.plus(scorePairs(gold.pairs(), predictedPairs(extraction)));
      if (!gold.pairs().isEmpty()) {
        positive++;
        drugs = drugs.plus(scoreEntities(gold.pairs(), extraction, true));
        effects = effects.plus(scoreEntities(gold.pairs(), extraction, false));
      }
    }
    return new Report(
        "ADE",
        sentences.size(),
        nanos / 1e9,
        List.of(
            new ScoreRow("drug -> effect pairs", "overlap", pairs),
            new ScoreRow("drug", "overlap", drugs),
            new ScoreRow("effect", "overlap", effects)),
        List.of(
            sentences.size()
                + " unique sentences, "
                + positive
                + " with gold pairs; predicted pairs are CAUSES relations, counted once per"
                + " normalised drug and effect text",
            "an entity matches when it overlaps an occurrence of the gold text in the sentence"
                + " or has the same normalised text",
            "drug and effect rows: every drug mention, and every symptom, diagnosis or side"
                + " effect, of the sentences with gold pairs against the gold entities; generic"
                + " concepts (\"medication\", \"side effects\": kb/lexicon/generic-concepts.tsv)"
                + " are not counted"));
  }

  static List<GoldSentence> parse(String rel, String negatives) {
    Map<String, List<GoldPair>> bySentence = new LinkedHashMap<>();
    for (String line : rel.split("\r?\n")) {
      String[] f = line.split("\\|");
      if (f.length < 8) {
        continue;
      }
      String sentence = f[1];
      GoldPair pair = new GoldPair(entity(sentence, f[5]), entity(sentence, f[2]));
      bySentence.computeIfAbsent(sentence, k -> new ArrayList<>()).add(pair);
    }
    Set<String> negative = new LinkedHashSet<>();
    for (String line : negatives.split("\r?\n")) {
      String[] f = line.split(" ", 3);
      if (f.length == 3 && f[1].equals("NEG") && !bySentence.containsKey(f[2])) {
        negative.add(f[2]);
      }
    }
    List<GoldSentence> sentences = new ArrayList<>();
    bySentence.forEach((s, p) -> sentences.add(new GoldSentence(s, p)));
    negative.forEach(s -> sentences.add(new GoldSentence(s, List.of())));
    return sentences;
  }

  private static GoldEntity entity(String sentence, String text) {
    List<int[]> occurrences = new ArrayList<>();
    String haystack = sentence.toLowerCase(Locale.ROOT);
    String needle = text.toLowerCase(Locale.ROOT);
    for (int i = haystack.indexOf(needle);
        i >= 0 && !needle.isEmpty();
        i = haystack.indexOf(needle, i + 1)) {
      occurrences.add(new int[] {i, i + needle.length()});
    }
    return new GoldEntity(text, occurrences);
  }

  static List<PredictedPair> predictedPairs(Extraction extraction) {
    Map<String, PredictedPair> pairs = new LinkedHashMap<>();
    for (Relation relation : extraction.relations()) {
      // A link below the extractor's minimum is stored for researchers who ask, not counted.
      if (relation.type() != RelationType.CAUSES
          || relation.confidence() < extraction.linkMinimum()) {
        continue;
      }
      Predicted drug = predicted(extraction.mentions().get(relation.from()));
      Predicted effect = predicted(extraction.mentions().get(relation.to()));
      pairs.putIfAbsent(
          Lexicon.key(drug.text()) + "|" + Lexicon.key(effect.text()),
          new PredictedPair(drug, effect));
    }
    return List.copyOf(pairs.values());
  }

  private static Predicted predicted(Mention m) {
    return new Predicted(m.evidence().matchedText(), m.evidence().start(), m.evidence().end());
  }

  static Score scorePairs(List<GoldPair> gold, List<PredictedPair> predicted) {
    List<GoldPair> unique = unique(gold);
    int correct = 0;
    for (PredictedPair p : predicted) {
      if (unique.stream()
          .anyMatch(g -> matches(p.drug(), g.drug()) && matches(p.effect(), g.effect()))) {
        correct++;
      }
    }
    int found = 0;
    for (GoldPair g : unique) {
      if (predicted.stream()
          .anyMatch(p -> matches(p.drug(), g.drug()) && matches(p.effect(), g.effect()))) {
        found++;
      }
    }
    return new Score(predicted.size(), correct, unique.size(), found);
  }

  private static Score scoreEntities(List<GoldPair> gold, Extraction extraction, boolean drugs) {
    Map<String, GoldEntity> entities = new LinkedHashMap<>();
    for (GoldPair pair : gold) {
      GoldEntity e = drugs ? pair.drug() : pair.effect();
      entities.putIfAbsent(Lexicon.key(e.text()), e);
    }
    Map<String, Predicted> predicted = new LinkedHashMap<>();
    for (Mention m : extraction.mentions()) {
      ConceptKind kind = m.kind();
      boolean isDrug = kind == ConceptKind.DRUG;
      // A generic concept ("medication", "side effects") is no entity the corpus would mark.
      if (kind != ConceptKind.INVESTIGATION
          && isDrug == drugs
          && !GENERIC.contains(m.concept().id())) {
        Predicted p = predicted(m);
        predicted.putIfAbsent(Lexicon.key(p.text()), p);
      }
    }
    int correct = 0;
    for (Predicted p : predicted.values()) {
      if (entities.values().stream().anyMatch(g -> matches(p, g))) {
        correct++;
      }
    }
    int found = 0;
    for (GoldEntity g : entities.values()) {
      if (predicted.values().stream().anyMatch(p -> matches(p, g))) {
        found++;
      }
    }
    return new Score(predicted.size(), correct, entities.size(), found);
  }

  private static List<GoldPair> unique(List<GoldPair> gold) {
    Map<String, GoldPair> unique = new LinkedHashMap<>();
    for (GoldPair pair : gold) {
      unique.putIfAbsent(
          Lexicon.key(pair.drug().text()) + "|" + Lexicon.key(pair.effect().text()), pair);
    }
    return List.copyOf(unique.values());
  }

  static boolean matches(Predicted p, GoldEntity g) {
    for (int[] o : g.occurrences()) {
      if (p.start() < o[1] && o[0] < p.end()) {
        return true;
      }
    }
    return Lexicon.key(p.text()).equals(Lexicon.key(g.text()));
  }
}
