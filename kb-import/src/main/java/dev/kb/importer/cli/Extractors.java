package dev.kb.importer.cli;

import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.LexiconExtractor;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** The extractor the commands use: the bundled lexicon, extended with packs when given. */
final class Extractors {

  private Extractors() {}

  static Extractor create(@Nullable Path terminology) {
    if (terminology == null) {
      return LexiconExtractor.withBundledData();
    }
    return LexiconExtractor.withBundledDataAndPacks(terminology);
  }
}
