package dev.kb.graphql.sample;

import dev.kb.core.embedded.EmbeddedNeo4j;
import dev.kb.graphql.neo4j.KbProperties;
import dev.kb.importer.load.CaseLoader;
import dev.kb.importer.load.Documents;
import dev.kb.importer.load.ImportOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Imports the bundled sample cases the first time kb starts on an embedded store, so the playground
 * has data to show. A marker node remembers it was done: a curator who deletes the samples does not
 * see them come back. A Neo4j server given by {@code spring.neo4j.uri} is left as it is.
 */
@Component
class SampleCases implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(SampleCases.class);
  private static final String PATTERN = "classpath*:kb/samples/*.txt";

  private final ObjectProvider<EmbeddedNeo4j> embedded;
  private final KbProperties properties;
  private final Driver driver;
  private final CaseLoader loader;

  SampleCases(
      ObjectProvider<EmbeddedNeo4j> embedded,
      KbProperties properties,
      Driver driver,
      CaseLoader loader) {
    this.embedded = embedded;
    this.properties = properties;
    this.driver = driver;
    this.loader = loader;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (embedded.getIfAvailable() == null || !properties.samples().importOnFirstStart()) {
      return;
    }
    if (!claimFirstStart()) {
      return;
    }
    Documents documents = new Documents();
    for (Resource resource : resources()) {
      try (InputStream in = resource.getInputStream()) {
        ImportOutcome outcome =
            loader.load(documents.fromBytes(in.readAllBytes(), resource.getFilename(), null));
        log.info(
            "Sample case {}: {} {} ({})",
            resource.getFilename(),
            outcome.status(),
            outcome.caseId(),
            outcome.detail());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the sample case " + resource, e);
      }
    }
  }

  private static Resource[] resources() {
    try {
      return new PathMatchingResourcePatternResolver().getResources(PATTERN);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the sample cases", e);
    }
  }

  /** Records that the samples were imported; false when an earlier start already did. */
  private boolean claimFirstStart() {
    return driver
        .executableQuery(
            """
            MERGE (m:KbMeta {key: $key})
            ON CREATE SET m.at = datetime(), m.fresh = true
            WITH m, coalesce(m.fresh, false) AS first
            REMOVE m.fresh
            RETURN first
            """)
        .withParameters(Map.of("key", "samples-imported"))
        .execute()
        .records()
        .getFirst()
        .get("first")
        .asBoolean();
  }
}
