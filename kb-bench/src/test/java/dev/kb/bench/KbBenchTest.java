package dev.kb.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.importer.synthetic.CaseGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KbBenchTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return KbBench.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void shouldSayInTheImportBenchsHelpHowToReadWithoutThePacks() {
    assertThat(run("import", "--help")).isZero();
    assertThat(out.toString().replaceAll("\\s+", " "))
        .contains("--terminology=DIR|none")
        .contains("By default those bundled with kb")
        .contains("none: the bundled lexicon alone");
  }

  @Test
  void shouldPrintTheLexiconExtractionAndImportTables() throws IOException {
    CaseGenerator generator = CaseGenerator.withBundledLexicon(1);
    for (int n = 1; n <= 5; n++) {
      Files.writeString(dir.resolve("case-" + n + ".txt"), generator.generate(n).text());
    }

    int exit =
        run(
            "import",
            "--terminology",
            "none",
            "--seconds",
            "1",
            "--import-docs",
            "20",
            "--import-runs",
            "2x10",
            dir.toString());

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("5 documents, ")
        .contains("| lexicon | load ms (first) | load ms (again) | heap MB |")
        .contains("| bundled | ")
        .doesNotContain("packs")
        .contains("| extraction | docs/s | MB/s | ms p50 | ms p99 |")
        .contains("| 1 thread | ", "| 2 threads | ", "| 1 thread, one sentence of 2000 KB | ")
        .contains("| import into embedded Neo4j | docs | docs/s | ms p50 per tx | ms p99 per tx |")
        .contains("| 2 threads, 10 cases per transaction | 20 | ");
  }
}
