package dev.kb.importer.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The entry point of {@code kb-import.jar}. */
@Command(
    name = "kb-import",
    mixinStandardHelpOptions = true,
    versionProvider = KbImportCli.Version.class,
    description = "Imports clinical case reports into kb's Neo4j graph, or extracts their facts.",
    subcommands = {
      ImportCommand.class,
      ReextractCommand.class,
      ExtractCommand.class,
      EvaluateCommand.class,
      TrainCommand.class,
      GenerateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class KbImportCli {

  private KbImportCli() {}

  public static void main(String[] args) {
    // Before the first logger exists: the command line's own logging configuration, not logback's
    // default (everything, DEBUG included, on stdout).
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "kb/cli/logback.xml");
    }
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code. */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the command line writing to the given streams; for tests and embedding. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return new CommandLine(new KbImportCli())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(out)
        .setErr(err)
        .execute(args);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = KbImportCli.class.getPackage().getImplementationVersion();
      return new String[] {"kb-import " + (version == null ? "(development build)" : version)};
    }
  }
}
