package dev.kb.importer.cli;

import dev.kb.importer.synthetic.CaseGenerator;
import dev.kb.importer.synthetic.SyntheticCase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code generate}: synthetic case reports as JSON lines, for scale tests and benchmarks. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes realistic synthetic case reports as JSON lines ({\"text\", \"title\", \"source\"}),"
          + " the format import reads. The same seed always gives the same cases."
    })
final class GenerateCommand implements Callable<Integer> {

  // Cases are generated in parallel a block at a time: blocks keep the output in order and bound
  // memory to a few megabytes whatever --count is.
  private static final int BLOCK = 4096;

  @Spec CommandSpec spec;

  @Option(names = "--count", required = true, paramLabel = "N", description = "How many cases")
  long count;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description = "Seed of the cases (default: ${DEFAULT-VALUE})")
  long seed = 1;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.jsonl",
      description = "File to write (replaced)")
  Path out = Path.of("cases.jsonl");

  @Override
  public Integer call() throws IOException {
    if (count < 1) {
      throw new ParameterException(spec.commandLine(), "--count must be at least 1");
    }
    PrintWriter console = spec.commandLine().getOut();
    long started = System.nanoTime();
    CaseGenerator generator = CaseGenerator.withBundledLexicon(seed);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (BufferedWriter writer =
        new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      // Case numbers start at 1, as in the source "synthetic:<seed>:1". The next block is
      // generated while the current one is written, so the disk and the cores work together.
      CompletableFuture<List<String>> next = block(generator, 1);
      for (long from = 1; from <= count; from += BLOCK) {
        List<String> lines = next.join();
        long following = from + BLOCK;
        if (following <= count) {
          next = block(generator, following);
        }
        for (String line : lines) {
          writer.write(line);
          writer.newLine();
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    console.printf(
        "Generated %d cases (seed %d) into %s in %.1f s, %.0f cases/s%n",
        count, seed, out, seconds, count / Math.max(seconds, 1e-9));
    return 0;
  }

  private CompletableFuture<List<String>> block(CaseGenerator generator, long from) {
    long to = Math.min(count, from + BLOCK - 1);
    return CompletableFuture.supplyAsync(
        () ->
            LongStream.rangeClosed(from, to)
                .parallel()
                .mapToObj(n -> line(generator.generate(n)))
                .toList());
  }

  static String line(SyntheticCase c) {
    return Json.line(c);
  }
}
