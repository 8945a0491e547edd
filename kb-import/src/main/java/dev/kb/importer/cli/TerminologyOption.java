package dev.kb.importer.cli;

import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.LexiconExtractor;
import dev.kb.importer.load.CaseLoader;
import dev.kb.importer.load.GraphWriter;
import dev.kb.importer.load.ImportLimits;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code --terminology} option the commands share, and the extractor it selects. Public for
 * kb-bench's import benchmark, which reads with the same option.
 */
public final class TerminologyOption {

  @Option(
      names = "--terminology",
      paramLabel = "DIR|none",
      description =
          "The terminology packs to read with. By default those bundled with kb (HPO, Disease"
              + " Ontology, MONDO, MeSH, DrugBank; see NOTICE); DIR: a newer release laid out"
              + " alike (hpo/, doid/, mondo/, mesh/, drugbank/; plain or .gz files); none: the"
              + " bundled lexicon alone, to compare with")
  @Nullable Path dir;

  /** The directory given, {@code none} as a path, or null for the bundled packs. */
  public @Nullable Path dir() {
    return dir;
  }

  /** The extractor selected: shared when it is the default one. */
  public Extractor extractor() {
    return LexiconExtractor.forTerminology(dir);
  }

  /**
   * A loader over the extractor selected, counting links from {@code minConfidence} on, or from the
   * extractor's own minimum when none is given.
   */
  CaseLoader loader(GraphWriter graph, @Nullable Double minConfidence, ImportLimits limits) {
    Extractor extractor = extractor();
    return new CaseLoader(
        graph, extractor, minConfidence == null ? extractor.linkMinimum() : minConfidence, limits);
  }
}
