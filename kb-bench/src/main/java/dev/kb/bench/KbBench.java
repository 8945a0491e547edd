package dev.kb.bench;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The entry point of {@code kb-bench.jar}: the benchmarks, kept out of the app's and the import
 * CLI's jars. {@code query} times researcher questions against a running kb; {@code import} times
 * reading and importing case reports into a fresh embedded Neo4j.
 */
@Command(
    name = "kb-bench",
    mixinStandardHelpOptions = true,
    description = "Measures how fast kb answers questions and reads and imports case reports.",
    subcommands = {QueryCommand.class, ImportBench.class, CommandLine.HelpCommand.class})
public final class KbBench {

  private KbBench() {}

  public static void main(String[] args) {
    // As kb-import.jar does: notices on stderr, Neo4j's and the driver's own chatter from WARN up,
    // so that stdout carries only the tables.
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "kb/cli/logback.xml");
    }
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the command line writing to the given streams; for tests. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    return new CommandLine(new KbBench()).setOut(out).setErr(err).execute(args);
  }
}
