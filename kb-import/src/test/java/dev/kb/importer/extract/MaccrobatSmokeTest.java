package dev.kb.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.concept.ConceptKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over the MACCROBAT development reports from the shared folder (skipped where
 * the folder is absent). Asserts only that every text is read with valid offsets; the per-kind
 * precision and recall against the gold annotations are printed to guide lexicon work.
 */
class MaccrobatSmokeTest {

  private static final Map<String, ConceptKind> GOLD_TYPES =
      Map.of(
          "Sign_symptom", ConceptKind.SYMPTOM,
          "Diagnostic_procedure", ConceptKind.INVESTIGATION,
          "Disease_disorder", ConceptKind.DIAGNOSIS,
          "Medication", ConceptKind.DRUG);

  private record Span(ConceptKind kind, int start, int end) {
    boolean overlaps(Span other) {
      return kind == other.kind && start < other.end && other.start < end;
    }
  }

  @Test
  void shouldExtractEveryReportWithValidOffsets() throws IOException {
    Path corpus = sharedDir().resolve("corpus/maccrobat-dev");
    Assumptions.assumeTrue(
        Files.isDirectory(corpus), "MACCROBAT dev corpus not found at " + corpus + "; skipped");
    Extractor extractor = LexiconExtractor.standard();
    List<Path> texts;
    try (Stream<Path> files = Files.list(corpus)) {
      texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(texts).hasSize(100);

    Map<ConceptKind, int[]> counts =
        new EnumMap<>(ConceptKind.class); // tp(pred), pred, tp(gold), gold
    for (Path file : texts) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Extraction extraction = extractor.extract(text);
      List<Span> predicted = new ArrayList<>();
      for (Mention m : extraction.mentions()) {
        assertThat(text.substring(m.evidence().start(), m.evidence().end()))
            .isEqualTo(m.evidence().matchedText());
        assertThat(m.evidence().sentenceIndex()).isLessThan(extraction.sentences().size());
        ConceptKind kind = m.kind();
        predicted.add(
            new Span(
                kind == ConceptKind.SIDE_EFFECT ? ConceptKind.SYMPTOM : kind,
                m.evidence().start(),
                m.evidence().end()));
      }
      for (Relation r : extraction.relations()) {
        assertThat(r.from()).isBetween(0, extraction.mentions().size() - 1);
        assertThat(r.to()).isBetween(0, extraction.mentions().size() - 1);
      }
      Path ann = Path.of(file.toString().replaceAll("\\.txt$", ".ann"));
      if (Files.exists(ann)) {
        count(gold(ann), predicted, counts);
      }
    }
    print(counts);
  }

  private static void count(List<Span> gold, List<Span> predicted, Map<ConceptKind, int[]> counts) {
    for (Span p : predicted) {
      int[] c = counts.computeIfAbsent(p.kind(), k -> new int[4]);
      c[1]++;
      if (gold.stream().anyMatch(p::overlaps)) {
        c[0]++;
      }
    }
    for (Span g : gold) {
      int[] c = counts.computeIfAbsent(g.kind(), k -> new int[4]);
      c[3]++;
      if (predicted.stream().anyMatch(g::overlaps)) {
        c[2]++;
      }
    }
  }

  private static List<Span> gold(Path ann) throws IOException {
    List<Span> spans = new ArrayList<>();
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      String[] columns = line.split("\t");
      if (!line.startsWith("T") || columns.length < 2) {
        continue;
      }
      String[] typeAndOffsets = columns[1].split(" ", 2);
      ConceptKind kind = GOLD_TYPES.get(typeAndOffsets[0]);
      if (kind == null) {
        continue;
      }
      String[] offsets = typeAndOffsets[1].split("[ ;]");
      spans.add(
          new Span(
              kind, Integer.parseInt(offsets[0]), Integer.parseInt(offsets[offsets.length - 1])));
    }
    return spans;
  }

  private static void print(Map<ConceptKind, int[]> counts) {
    System.out.println("MACCROBAT dev, overlap match: kind precision recall (predicted / gold)");
    counts.forEach(
        (kind, c) ->
            System.out.printf(
                "  %-13s P=%.2f R=%.2f (%d / %d)%n",
                kind, ratio(c[0], c[1]), ratio(c[2], c[3]), c[1], c[3]));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** The shared reference folder: {@code kb.shared.dir}, else {@code shared} beside the project. */
  static Path sharedDir() {
    String configured = System.getProperty("kb.shared.dir");
    if (configured != null) {
      return Path.of(configured);
    }
    Path besideModule = Path.of("../shared");
    return Files.isDirectory(besideModule) ? besideModule : Path.of("../../shared");
  }
}
