package dev.kb.importer.cli;

import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --min-confidence} option of the commands that write cases. */
final class MinConfidenceOption {

  @Option(
      names = "--min-confidence",
      description = {
        "The least confidence of a link between facts (treats, causes, reveals) that counts in the"
            + " knowledge edges and makes a finding a drug's side effect (default: the link"
            + " model's own, chosen by cross-validation for a precision of 0.9). Weaker links are"
            + " stored all the same; a case counted with another minimum is read again by"
            + " reextract."
      })
  @Nullable Double value;

  /** Whether the option is absent or between 0 and 1; says what is wrong on {@code err} if not. */
  boolean valid(PrintWriter err) {
    if (value != null && !(value >= 0 && value <= 1)) {
      err.println("--min-confidence must be between 0 and 1, was " + value);
      return false;
    }
    return true;
  }
}
