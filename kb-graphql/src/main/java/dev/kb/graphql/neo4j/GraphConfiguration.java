package dev.kb.graphql.neo4j;

import dev.kb.core.casereport.CaseReport;
import dev.kb.core.casereport.CaseReports;
import dev.kb.core.casereport.CaseRepository;
import dev.kb.core.concept.Concepts;
import dev.kb.core.graph.DriverSettings;
import dev.kb.core.graph.Reads;
import dev.kb.core.knowledge.ConceptEdges;
import dev.kb.core.knowledge.InvestigationSummaries;
import dev.kb.core.knowledge.KnowledgeEvidence;
import dev.kb.core.knowledge.KnowledgePaths;
import dev.kb.core.knowledge.SideEffectSignals;
import dev.kb.core.schema.SchemaMigrations;
import dev.kb.core.search.Search;
import dev.kb.graphql.execution.CacheProperties;
import dev.kb.importer.extract.Extractor;
import dev.kb.importer.extract.LexiconExtractor;
import dev.kb.importer.load.CaseLoader;
import dev.kb.importer.load.GraphWriter;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.repository.config.EnableNeo4jRepositories;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The graph's read and write components over Boot's driver. The schema is migrated when {@link
 * SchemaMigrations} is created, so no query runs before its constraints and indexes exist.
 */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = CaseReport.class)
@EnableNeo4jRepositories(basePackageClasses = CaseRepository.class)
class GraphConfiguration {

  private static final Logger log = LoggerFactory.getLogger(GraphConfiguration.class);

  /** Boot's driver gets the settings the command line's drivers have. */
  @Bean
  ConfigBuilderCustomizer kbDriverSettings() {
    return DriverSettings::apply;
  }

  @Bean
  SchemaMigrations schemaMigrations(Driver driver) {
    SchemaMigrations migrations = new SchemaMigrations(driver);
    migrations.migrate();
    return migrations;
  }

  /**
   * The bookmarks of the latest commit seen, one set for the whole app: Spring Data Neo4j's
   * transaction manager and clients find this bean and share it with {@link Reads}, so a read sees
   * every import committed before it.
   */
  @Bean
  Neo4jBookmarkManager neo4jBookmarkManager() {
    return Neo4jBookmarkManager.create();
  }

  /** Reads through Spring Data Neo4j's client, in read sessions (ADR 011). */
  @Bean
  Reads reads(Driver driver, Neo4jBookmarkManager bookmarks, SchemaMigrations migrated) {
    return Reads.over(driver, bookmarks);
  }

  @Bean
  CaseReports caseReports(Reads reads) {
    return new CaseReports(reads);
  }

  @Bean
  Concepts concepts(Reads reads) {
    return new Concepts(reads);
  }

  @Bean
  ConceptEdges conceptEdges(Reads reads, CacheProperties caches) {
    return new ConceptEdges(reads, caches.edgeCache().edges());
  }

  @Bean
  KnowledgeEvidence knowledgeEvidence(Reads reads) {
    return new KnowledgeEvidence(reads);
  }

  @Bean
  SideEffectSignals sideEffectSignals(Reads reads) {
    return new SideEffectSignals(reads);
  }

  @Bean
  InvestigationSummaries investigationSummaries(Reads reads) {
    return new InvestigationSummaries(reads);
  }

  @Bean
  KnowledgePaths knowledgePaths(Reads reads) {
    return new KnowledgePaths(reads);
  }

  @Bean
  Search search(Reads reads) {
    return new Search(reads);
  }

  /**
   * The bundled lexicon with the bundled terminology packs, shared with every other user of the
   * default in this JVM; or with the packs of {@code kb.terminology-dir} ({@code none}: the bundled
   * lexicon alone).
   */
  @Bean
  Extractor extractor(KbProperties properties) {
    long started = System.nanoTime();
    // The pack loader refuses a path that is not a folder, naming it.
    Extractor extractor = LexiconExtractor.forTerminology(properties.terminologyDir());
    log.info(
        "Extractor {} ready in {} ms",
        extractor.version(),
        (System.nanoTime() - started) / 1_000_000);
    return extractor;
  }

  /**
   * Counts the links at least {@code kb.knowledge.min-confidence} confident; refuses a text over
   * the bounds of {@code kb.import.*}. Writes through Boot's Neo4j client and transaction manager.
   */
  @Bean
  CaseLoader caseLoader(
      Neo4jClient client,
      PlatformTransactionManager transactionManager,
      Extractor extractor,
      KbProperties properties,
      SchemaMigrations migrated) {
    Double minimum = properties.knowledge().minConfidence();
    return new CaseLoader(
        new GraphWriter(client, transactionManager),
        extractor,
        minimum == null ? extractor.linkMinimum() : minimum,
        properties.imports().limits());
  }
}
