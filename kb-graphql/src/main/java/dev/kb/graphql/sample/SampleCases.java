package dev.kb.graphql.sample;

import dev.kb.core.embedded.EmbeddedNeo4j;
import dev.kb.graphql.neo4j.KbProperties;
import dev.kb.importer.load.CaseDocument;
import dev.kb.importer.load.CaseLoader;
import dev.kb.importer.load.Documents;
import dev.kb.importer.load.ImportOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Imports the bundled cases the first time kb starts on an embedded store, so the playground has
 * data to show: the sample case, and the demo corpus of real case reports (the texts of 100
 * MACCROBAT2020 reports from PubMed Central, CC BY 4.0: see NOTICE). A marker node per set
 * remembers it was done: a curator who deletes them does not see them come back, and a store made
 * before the demo corpus was bundled gets it once. A Neo4j server given by {@code spring.neo4j.uri}
 * is left as it is.
 */
@Component
class SampleCases implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(SampleCases.class);

  /** The sample case, named by its file. */
  private static final Bundle SAMPLES =
      new Bundle("samples-imported", "classpath*:kb/samples/*.txt", name -> name);

  /**
   * The demo corpus. Its files are named by their PubMed ids, which the cases keep as their source.
   */
  private static final Bundle DEMO =
      new Bundle(
          "demo-corpus-imported",
          "classpath*:kb/demo/maccrobat/*.txt",
          name -> "PMID:" + name.replaceFirst("\\.txt$", ""));

  // Cases per transaction: one commit for many, and a bad case still costs only itself.
  private static final int BATCH = 25;

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
    importOnce(SAMPLES);
    if (properties.samples().demoCorpus()) {
      importOnce(DEMO);
    }
  }

  private void importOnce(Bundle bundle) {
    if (!claimFirstStart(bundle.marker())) {
      return;
    }
    long started = System.nanoTime();
    Documents documents = new Documents();
    List<CaseDocument> batch = new ArrayList<>();
    int imported = 0;
    int refused = 0;
    for (Resource resource : resources(bundle.pattern())) {
      String file = Objects.requireNonNull(resource.getFilename());
      try (InputStream in = resource.getInputStream()) {
        batch.add(documents.fromBytes(in.readAllBytes(), bundle.source().apply(file), null));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the bundled case " + resource, e);
      }
      if (batch.size() == BATCH) {
        imported += load(batch);
        batch.clear();
      }
    }
    imported += load(batch);
    log.info(
        "Bundled cases ({}): {} imported in {} ms",
        bundle.marker(),
        imported,
        (System.nanoTime() - started) / 1_000_000);
  }

  /** Loads a batch and logs each case it refused; returns how many it stored. */
  private int load(List<CaseDocument> batch) {
    if (batch.isEmpty()) {
      return 0;
    }
    int stored = 0;
    List<ImportOutcome> outcomes = loader.loadAll(batch);
    for (int i = 0; i < outcomes.size(); i++) {
      ImportOutcome outcome = outcomes.get(i);
      if (outcome.status() == ImportOutcome.Status.REJECTED) {
        log.warn(
            "Bundled case {}: {} ({})", batch.get(i).source(), outcome.status(), outcome.detail());
      } else {
        stored++;
      }
    }
    return stored;
  }

  private static List<Resource> resources(String pattern) {
    try {
      return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(pattern))
          .sorted(Comparator.comparing(r -> Objects.requireNonNullElse(r.getFilename(), "")))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the bundled cases " + pattern, e);
    }
  }

  /** Records that a set was imported; false when an earlier start already did. */
  private boolean claimFirstStart(String marker) {
    return driver
        .executableQuery(
            """
            MERGE (m:KbMeta {key: $key})
            ON CREATE SET m.at = datetime(), m.fresh = true
            WITH m, coalesce(m.fresh, false) AS first
            REMOVE m.fresh
            RETURN first
            """)
        .withParameters(Map.of("key", marker))
        .execute()
        .records()
        .getFirst()
        .get("first")
        .asBoolean();
  }

  /**
   * A set of bundled cases.
   *
   * @param marker the key of the {@code :KbMeta} node that records it was imported
   * @param pattern where its texts are on the class path
   * @param source the source a case keeps, from its file's name
   */
  private record Bundle(String marker, String pattern, UnaryOperator<String> source) {}
}
