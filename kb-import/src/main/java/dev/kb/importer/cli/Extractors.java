package dev.kb.importer.cli;

import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.LexiconExtractor;
import dev.kb.importer.load.CaseLoader;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;

/** The extractor the commands use: the bundled lexicon, extended with packs when given. */
final class Extractors {

  private Extractors() {}

  static Extractor create(@Nullable Path terminology) {
    if (terminology == null) {
      return LexiconExtractor.withBundledData();
    }
    return LexiconExtractor.withBundledDataAndPacks(terminology);
  }

  /**
   * A loader over the extractor, counting links from {@code minConfidence} on, or from the
   * extractor's own minimum when none is given.
   */
  static CaseLoader loader(
      Driver driver, @Nullable Path terminology, @Nullable Double minConfidence) {
    Extractor extractor = create(terminology);
    return minConfidence == null
        ? new CaseLoader(driver, extractor)
        : new CaseLoader(driver, extractor, minConfidence);
  }
}
