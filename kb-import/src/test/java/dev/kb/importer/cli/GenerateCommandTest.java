package dev.kb.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kb.importer.load.Documents;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GenerateCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();

  private int run(String... args) {
    return KbImportCli.run(new PrintWriter(out, true), new PrintWriter(new StringWriter()), args);
  }

  @Test
  void shouldWriteJsonLinesThatImportReads() throws IOException {
    Path file = dir.resolve("sub/cases.jsonl");

    assertThat(run("generate", "--count", "25", "--seed", "3", "--out", file.toString())).isZero();

    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(25);
    JsonNode first = JsonMapper.builder().build().readTree(lines.getFirst());
    assertThat(first.get("source").stringValue()).isEqualTo("synthetic:3:1");
    assertThat(first.get("text").stringValue()).startsWith(first.get("title").stringValue());
    assertThat(out.toString()).contains("Generated 25 cases (seed 3)");
    List<Batch.Item> items = Batch.of(List.of(file), new Documents()).items();
    assertThat(items).hasSize(25).allSatisfy(item -> assertThat(item.rejection()).isNull());
  }

  @Test
  void shouldWriteTheSameFileForTheSameSeed() throws IOException {
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    run("generate", "--count", "5000", "--seed", "9", "--out", a.toString());
    run("generate", "--count", "5000", "--seed", "9", "--out", b.toString());
    assertThat(Files.mismatch(a, b)).isEqualTo(-1);
  }

  @Test
  void shouldRejectACountBelowOne() {
    assertThat(run("generate", "--count", "0", "--out", dir.resolve("x.jsonl").toString()))
        .isNotZero();
  }
}
