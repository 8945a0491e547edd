package dev.kb.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.core.embedded.EmbeddedNeo4j;
import dev.kb.importer.extract.LinkModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class KbImportCliTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return KbImportCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void shouldImportTheGoodDocumentsOfABatchAndRejectTheBadOnesWithReasons() throws IOException {
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Files.writeString(
        cases.resolve("a-good.txt"), "A 50-year-old man had chest pain. An ECG was normal.");
    Files.writeString(cases.resolve("b-empty.txt"), "");
    Files.write(cases.resolve("c-binary.txt"), new byte[] {0, 1, 2, 3, 'P', 'K', 0, 0});
    Files.write(cases.resolve("d-latin1.txt"), "Fi\u00e8vre".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(cases.resolve("e-good.txt"), "She had a fever and was given paracetamol.");
    Path data = dir.resolve("data");

    int exit = run("import", "--data-dir", data.toString(), cases.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString())
        .contains("Imported 2, unchanged 0, rejected 3")
        .contains("b-empty.txt: the text is empty")
        .contains("c-binary.txt: the content looks binary")
        .contains("d-latin1.txt: the text is not valid UTF-8");
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, 0);
        Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
      long cases2 =
          driver
              .executableQuery("MATCH (c:Case) RETURN count(c)")
              .execute()
              .records()
              .getFirst()
              .get(0)
              .asLong();
      assertThat(cases2).isEqualTo(2);
    }

    out.getBuffer().setLength(0);
    assertThat(run("import", "--data-dir", data.toString(), cases.resolve("a-good.txt").toString()))
        .isZero();
    assertThat(out.toString()).contains("Imported 0, unchanged 1, rejected 0");
  }

  @Test
  void shouldImportJsonLinesOneDocumentPerLineAndRejectBadLinesAlone() throws IOException {
    Path jsonl = dir.resolve("batch.jsonl");
    try (var out = Files.newOutputStream(jsonl)) {
      out.write(
          """
          {"text": "A 60-year-old man had a fever and a cough.", "title": "Cough", "source": "doi:1"}

          {"text": "She had no rash and was given ibuprofen."}
          not json at all
          {"title": "no text here"}
          """
              .getBytes(StandardCharsets.UTF_8));
      out.write("{\"text\": \"Fi".getBytes(StandardCharsets.UTF_8));
      out.write(new byte[] {(byte) 0xE8, 'v', 'r', 'e', '"', '}', '\n'});
      out.write("{\"text\": \"He had a headache.\"}".getBytes(StandardCharsets.UTF_8));
    }

    int exit =
        run(
            "import",
            "--threads",
            "3",
            "--batch",
            "2",
            "--data-dir",
            dir.resolve("data").toString(),
            jsonl.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString())
        .contains("Imported 3, unchanged 0, rejected 3")
        .contains("batch.jsonl:4: the line is not valid JSON")
        .contains("batch.jsonl:5: the line has no \"text\" string")
        .contains("batch.jsonl:6: the text is not valid UTF-8");
  }

  @Test
  void shouldReadStoredCasesAgainOnceWhenTheyWereCountedWithAnotherMinimum() throws IOException {
    Path cases = Files.createDirectories(dir.resolve("cases"));
    Files.writeString(cases.resolve("a.txt"), "She developed a rash after amoxicillin.");
    Files.writeString(cases.resolve("b.txt"), "He had a fever and was given paracetamol.");
    Path data = dir.resolve("data");
    assertThat(
            run(
                "import",
                "--min-confidence",
                "0.3",
                "--data-dir",
                data.toString(),
                cases.toString()))
        .isZero();

    out.getBuffer().setLength(0);
    assertThat(run("reextract", "--data-dir", data.toString())).isZero();
    assertThat(out.toString())
        .contains("2 cases to read again")
        .contains("Read again 2, already current 0, failed 0");

    out.getBuffer().setLength(0);
    assertThat(run("reextract", "--data-dir", data.toString())).isZero();
    assertThat(out.toString())
        .contains("0 cases to read again")
        .contains("Read again 0, already current 0, failed 0");
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, 0);
        Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
      var minimums =
          driver
              .executableQuery("MATCH (c:Case) RETURN collect(DISTINCT c.minConfidence) AS m")
              .execute()
              .records()
              .getFirst()
              .get("m")
              .asList();
      // Read again with the extractor's own minimum, the link model's.
      assertThat(minimums).containsExactly(LinkModel.bundled().minimum());
    }
  }

  @Test
  void shouldSayInEveryCommandsHelpHowToReadWithoutThePacks() {
    for (String command : List.of("import", "extract", "evaluate", "train", "reextract")) {
      out.getBuffer().setLength(0);
      assertThat(run(command, "--help")).isZero();
      assertThat(out.toString().replaceAll("\\s+", " "))
          .as(command)
          .contains("--terminology=DIR|none")
          .contains("By default those bundled with kb")
          .contains("none: the bundled lexicon alone");
    }
  }

  @Test
  void shouldRefuseAMinimumConfidenceOutsideZeroToOne() {
    assertThat(run("reextract", "--min-confidence", "1.5", "--data-dir", dir.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--min-confidence");
  }

  @Test
  void shouldRefuseANonsensicalThreadCount() {
    assertThat(run("import", "--threads", "0", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--threads");
  }

  @Test
  void shouldWriteBratFilesBesideACopyOfTheText() throws IOException {
    Path input = dir.resolve("case1.txt");
    Files.writeString(input, "The patient had no fever. An MRI of the brain was normal.");
    Path outDir = dir.resolve("brat");

    int exit = run("extract", "--format", "brat", "--out", outDir.toString(), input.toString());

    assertThat(exit).isZero();
    assertThat(Files.readString(outDir.resolve("case1.txt"))).isEqualTo(Files.readString(input));
    String ann = Files.readString(outDir.resolve("case1.ann"));
    assertThat(ann).containsPattern("(?m)^T\\d+\tSymptom \\d+ \\d+\tfever$");
    assertThat(ann).containsPattern("(?m)^A\\d+\tNegated T\\d+$");
    assertThat(ann).containsPattern("(?m)^T\\d+\tInvestigation \\d+ \\d+\tMRI$");
  }

  @Test
  void shouldWriteOneJsonLinePerDocument() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "He took ibuprofen for a headache.");
    Files.writeString(dir.resolve("b.txt"), "She said \"no rash\".");
    Path outDir = dir.resolve("jsonl");

    int exit = run("extract", "--format", "jsonl", "--out", outDir.toString(), dir.toString());

    assertThat(exit).isZero();
    var lines = Files.readAllLines(outDir.resolve("extractions.jsonl"));
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("{\"source\":\"a.txt\"").contains("\"kind\":\"Drug\"");
  }

  @Test
  void shouldWriteJsonThatParsesWithEveryConfidence() throws IOException {
    Files.writeString(
        dir.resolve("c.txt"),
        "She was diagnosed with pneumonia and treated with amoxicillin. She said \"no rash\".");
    Path outDir = dir.resolve("json");

    assertThat(run("extract", "--format", "jsonl", "--out", outDir.toString(), dir.toString()))
        .isZero();

    JsonNode c =
        JsonMapper.builder()
            .build()
            .readTree(Files.readAllLines(outDir.resolve("extractions.jsonl")).getFirst());
    assertThat(c.get("source").stringValue()).isEqualTo("c.txt");
    assertThat(c.get("mentions").valueStream().map(m -> m.get("text").stringValue()))
        .contains("pneumonia", "amoxicillin", "rash");
    assertThat(c.get("mentions").valueStream().map(m -> m.get("confidence").doubleValue()))
        .allSatisfy(confidence -> assertThat(confidence).isBetween(0.0, 1.0));
    JsonNode treats = c.get("relations").get(0);
    assertThat(treats.get("type").stringValue()).isEqualTo("TREATS");
    assertThat(c.get("mentions").get(treats.get("from").intValue()).get("name").stringValue())
        .isEqualTo("Amoxicillin");
    assertThat(treats.get("confidence").doubleValue()).isPositive();
  }

  @Test
  void shouldSayWhichPathIsMissing() {
    int exit = run("extract", "--out", dir.toString(), dir.resolve("nope.txt").toString());

    assertThat(exit).isNotZero();
    assertThat(err.toString()).contains("nope.txt");
  }
}
