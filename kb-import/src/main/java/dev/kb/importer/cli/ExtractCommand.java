package dev.kb.importer.cli;

import dev.kb.importer.brat.BratWriter;
import dev.kb.importer.extract.Extraction;
import dev.kb.importer.extract.Extractor;
import dev.kb.importer.load.CaseDocument;
import dev.kb.importer.load.Documents;
import dev.kb.importer.load.RejectedDocumentException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract}: facts to files, no database. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts the facts of case reports to files, without a database.",
      "brat: one NAME.ann beside a copy of NAME.txt in --out, for brat or an evaluation;"
          + " jsonl: one line per document in --out/extractions.jsonl."
    })
final class ExtractCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    BRAT,
    JSONL
  }

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files or folders to read")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--format",
      defaultValue = "brat",
      description = "brat or jsonl (default: ${DEFAULT-VALUE})")
  Format format = Format.BRAT;

  @Mixin TerminologyOption terminology = new TerminologyOption();

  @Option(names = "--out", required = true, description = "Folder to write into (created)")
  Path out = Path.of("out");

  @Override
  public Integer call() throws IOException {
    PrintWriter console = spec.commandLine().getOut();
    Files.createDirectories(out);
    Extractor extractor = terminology.extractor();
    Documents documents = new Documents();
    int written = 0;
    List<String> rejected = new ArrayList<>();
    try (BufferedWriter jsonl =
        format == Format.JSONL
            ? Files.newBufferedWriter(out.resolve("extractions.jsonl"), StandardCharsets.UTF_8)
            : null) {
      for (Path file : Inputs.expand(inputs, ".txt")) {
        try {
          CaseDocument document = documents.read(file);
          Extraction extraction = extractor.extract(document.text());
          write(file, document, extraction, jsonl);
          written++;
        } catch (RejectedDocumentException e) {
          rejected.add(file + ": " + e.getMessage());
        }
      }
    }
    console.printf("Extracted %d, rejected %d into %s%n", written, rejected.size(), out);
    rejected.forEach(r -> console.printf("  rejected %s%n", r));
    return rejected.isEmpty() ? 0 : 1;
  }

  /**
   * @param jsonl the JSON lines file, open when the format is JSONL (null for brat)
   */
  private void write(
      Path file, CaseDocument document, Extraction extraction, @Nullable BufferedWriter jsonl) {
    String name = file.getFileName().toString();
    String stem = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    try {
      if (format == Format.BRAT) {
        // brat reads offsets against the .txt beside the .ann: write the exact text checked.
        Files.writeString(out.resolve(stem + ".txt"), document.text(), StandardCharsets.UTF_8);
        Files.writeString(
            out.resolve(stem + ".ann"), BratWriter.write(extraction), StandardCharsets.UTF_8);
      } else {
        BufferedWriter lines = Objects.requireNonNull(jsonl, "the JSON lines file");
        lines.write(Json.line(name, extraction));
        lines.newLine();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the output for " + file, e);
    }
  }
}
