package dev.kb.importer.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.importer.cli.KbImportCli;
import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.LexiconExtractor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs each evaluation on the dev corpora of the shared folder, skipped where it is absent. The
 * figures are printed by the {@code evaluate} command; here only their sanity is checked.
 */
class SharedCorporaEvaluationTest {

  private static final Extractor EXTRACTOR = LexiconExtractor.standard();

  @Test
  void shouldEvaluateMaccrobat() {
    assertSane(Evaluations.maccrobat(EXTRACTOR, corpus("maccrobat-dev")));
  }

  @Test
  void shouldEvaluateAde() {
    assertSane(Evaluations.ade(EXTRACTOR, corpus("ade-dev")));
  }

  @Test
  void shouldEvaluateBc5cdrDevelopmentSet() {
    Report report = Evaluations.bc5cdr(EXTRACTOR, corpus("bc5cdr-dev"));
    assertThat(report.corpus()).contains("Development");
    assertSane(report);
  }

  @Test
  void shouldPrintTheTableFromTheCommandLine() {
    assertThat(evaluate())
        .contains("MACCROBAT: 1 documents")
        .contains("investigation")
        .contains("negation");
  }

  @Test
  void shouldEvaluateWithTheBundledPacksUnlessToldNone() {
    assertThat(evaluate()).containsPattern("extractor kb-extract/\\S+\\+packs-");
    assertThat(evaluate("--terminology", "none"))
        .contains("extractor kb-extract/")
        .doesNotContain("packs");
  }

  private static String evaluate(String... options) {
    List<String> args = new ArrayList<>(List.of("evaluate", "--corpus", "maccrobat"));
    args.addAll(List.of(options));
    args.add(EvaluationsTest.resource("maccrobat").toString());
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    int code;
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      code = KbImportCli.run(args.toArray(String[]::new));
    } finally {
      System.setOut(original);
    }
    assertThat(code).isZero();
    return buffer.toString(StandardCharsets.UTF_8);
  }

  private static void assertSane(Report report) {
    assertThat(report.documents()).isPositive();
    assertThat(report.rows()).isNotEmpty();
    for (ScoreRow row : report.rows()) {
      assertThat(row.score().gold()).as(row.type()).isPositive();
      assertThat(row.score().precision()).isBetween(0.0, 1.0);
      assertThat(row.score().recall()).isBetween(0.0, 1.0);
      assertThat(row.score().f1()).isBetween(0.0, 1.0);
    }
  }

  private static Path corpus(String name) {
    Path corpus = sharedDir().resolve("corpus").resolve(name);
    Assumptions.assumeTrue(
        Files.exists(corpus), "Shared corpus " + corpus + " is absent; evaluation skipped");
    return corpus;
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
