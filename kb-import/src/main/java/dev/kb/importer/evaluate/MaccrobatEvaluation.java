package dev.kb.importer.evaluate;

import dev.kb.core.concept.ConceptKind;
import dev.kb.core.fact.Polarity;
import dev.kb.importer.brat.BratAnnotations;
import dev.kb.importer.extract.Extraction;
import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.Mention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Brat corpora annotated with the MACCROBAT types. Sign_symptom, Diagnostic_procedure,
 * Disease_disorder and Medication are compared with our symptoms, investigations, diagnoses and
 * drugs; a side effect is a symptom there. Negation comes from {@code POLARITY ... NEG} attributes,
 * which MACCROBAT puts on events ({@code E}) whose trigger is an entity ({@code T}).
 */
final class MaccrobatEvaluation {

  static final Map<String, String> GOLD_TYPES =
      Map.of(
          "Sign_symptom", "symptom",
          "Diagnostic_procedure", "investigation",
          "Disease_disorder", "diagnosis",
          "Medication", "drug");
  static final List<String> TYPES = List.of("symptom", "investigation", "diagnosis", "drug");

  /** The gold entities of one document, and which of them are negated. */
  record Gold(List<Span> entities, Set<Span> negated) {}

  private MaccrobatEvaluation() {}

  static Report run(Extractor extractor, Path folder) {
    List<Path> texts;
    try (Stream<Path> files = Files.list(folder)) {
      texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder, e);
    }
    Map<String, Score> strict = new LinkedHashMap<>();
    Map<String, Score> overlap = new LinkedHashMap<>();
    Score negation = Score.ZERO;
    Score assertion = Score.ZERO;
    long nanos = 0;
    int documents = 0;
    for (Path file : texts) {
      Path ann = Path.of(file.toString().replaceAll("\\.txt$", ".ann"));
      if (!Files.exists(ann)) {
        continue;
      }
      String text = read(file);
      Gold gold = parse(read(ann));
      long start = System.nanoTime();
      Extraction extraction = extractor.extract(text);
      nanos += System.nanoTime() - start;
      documents++;
      List<Span> predicted = new ArrayList<>();
      List<Span> predictedNegated = new ArrayList<>();
      for (Mention m : extraction.mentions()) {
        Span span = new Span(type(m.kind()), m.evidence().start(), m.evidence().end());
        predicted.add(span);
        if (m.polarity() == Polarity.NEGATED) {
          predictedNegated.add(span);
        }
      }
      for (String type : TYPES) {
        strict.merge(type, Span.score(type, gold.entities(), predicted, true), Score::plus);
        overlap.merge(type, Span.score(type, gold.entities(), predicted, false), Score::plus);
      }
      negation = negation.plus(negation(gold, predictedNegated));
      assertion = assertion.plus(assertion(gold, predicted, predictedNegated));
    }
    List<ScoreRow> rows = new ArrayList<>();
    for (String type : TYPES) {
      rows.add(new ScoreRow(type, "strict", strict.getOrDefault(type, Score.ZERO)));
      rows.add(new ScoreRow(type, "overlap", overlap.getOrDefault(type, Score.ZERO)));
    }
    rows.add(new ScoreRow("negation", "overlap", negation));
    rows.add(new ScoreRow("negation assertion", "overlap", assertion));
    return new Report(
        "MACCROBAT",
        documents,
        nanos / 1e9,
        rows,
        List.of(
            "Sign_symptom = symptom (side effects included), Diagnostic_procedure = investigation,"
                + " Disease_disorder = diagnosis, Medication = drug",
            "negation: recall over gold entities of those four types with POLARITY NEG, found"
                + " when a negated prediction of any kind overlaps them; precision over negated"
                + " predictions that overlap some gold entity of those types, correct when one of"
                + " the overlapped entities is NEG (end to end: capped by entity recall)",
            "negation assertion: NEG as assertion classification (i2b2 style) over the gold"
                + " entities of those four types that some prediction of any kind overlaps; an"
                + " entity is predicted NEG when a negated prediction overlaps it"));
  }

  /**
   * Negation as assertion classification, the i2b2 way: only the gold entities that some prediction
   * overlaps are judged, so the score does not depend on entity recall. Such an entity is predicted
   * negated when any negated prediction overlaps it.
   */
  static Score assertion(Gold gold, List<Span> predicted, List<Span> predictedNegated) {
    int predictedNeg = 0;
    int correct = 0;
    int goldNeg = 0;
    for (Span g : new LinkedHashSet<>(gold.entities())) {
      if (predicted.stream().noneMatch(p -> overlapsAnyType(g, p))) {
        continue;
      }
      boolean isNeg = gold.negated().contains(g);
      boolean saidNeg = predictedNegated.stream().anyMatch(p -> overlapsAnyType(g, p));
      if (isNeg) {
        goldNeg++;
      }
      if (saidNeg) {
        predictedNeg++;
        if (isNeg) {
          correct++;
        }
      }
    }
    return new Score(predictedNeg, correct, goldNeg, correct);
  }

  static Score negation(Gold gold, List<Span> predictedNegated) {
    int predicted = 0;
    int correct = 0;
    for (Span p : predictedNegated) {
      List<Span> overlapped = gold.entities().stream().filter(g -> overlapsAnyType(g, p)).toList();
      if (!overlapped.isEmpty()) {
        predicted++;
        if (overlapped.stream().anyMatch(gold.negated()::contains)) {
          correct++;
        }
      }
    }
    int found = 0;
    for (Span g : gold.negated()) {
      if (predictedNegated.stream().anyMatch(p -> overlapsAnyType(g, p))) {
        found++;
      }
    }
    return new Score(predicted, correct, gold.negated().size(), found);
  }

  private static boolean overlapsAnyType(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  /** The gold entities of the mapped types in one {@code .ann} file. */
  static Gold parse(String ann) {
    BratAnnotations brat = BratAnnotations.parse(ann);
    Map<String, Span> entities = new LinkedHashMap<>();
    brat.entities()
        .forEach(
            (id, entity) -> {
              String type = GOLD_TYPES.get(entity.type());
              if (type != null) {
                entities.put(id, new Span(type, entity.start(), entity.end()));
              }
            });
    Set<Span> negated = new HashSet<>();
    for (BratAnnotations.Attribute a : brat.attributes()) {
      if (a.name().equals("POLARITY") && a.value().equals("NEG")) {
        Span span = entities.get(brat.entityId(a.target()));
        if (span != null) {
          negated.add(span);
        }
      }
    }
    return new Gold(List.copyOf(entities.values()), negated);
  }

  private static String type(ConceptKind kind) {
    return switch (kind) {
      case SYMPTOM, SIDE_EFFECT -> "symptom";
      case INVESTIGATION -> "investigation";
      case DIAGNOSIS -> "diagnosis";
      case DRUG -> "drug";
    };
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
