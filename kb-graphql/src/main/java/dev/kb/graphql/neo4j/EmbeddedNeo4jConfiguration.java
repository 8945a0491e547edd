package dev.kb.graphql.neo4j;

import dev.kb.core.embedded.EmbeddedNeo4j;
import dev.kb.importer.extract.LexiconExtractor;
import java.net.URI;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded Neo4j when no {@code spring.neo4j.uri} is set, and hands Boot its Bolt
 * address: Boot then builds the driver as it would for any server, and closes it before Neo4j stops
 * because the driver depends on these beans.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jConfiguration.NoNeo4jUri.class)
class EmbeddedNeo4jConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedNeo4j embeddedNeo4j(KbProperties properties) {
    if (properties.terminologyDir() == null) {
      // Neo4j and the bundled packs each take seconds to start: the packs load meanwhile, and the
      // extractor bean waits for them (LexiconExtractor.standard() is built once).
      Thread.ofPlatform().daemon().name("kb-terminology").start(LexiconExtractor::standard);
    }
    return EmbeddedNeo4j.start(properties.dataDir(), properties.embedded().boltPort());
  }

  @Bean
  Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j neo4j) {
    return new Neo4jConnectionDetails() {
      @Override
      public URI getUri() {
        return neo4j.boltUri();
      }

      @Override
      public AuthToken getAuthToken() {
        return AuthTokens.none();
      }
    };
  }

  /** Matches when {@code spring.neo4j.uri} is absent or blank. */
  static final class NoNeo4jUri extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(
        ConditionContext context, AnnotatedTypeMetadata metadata) {
      String uri = context.getEnvironment().getProperty("spring.neo4j.uri");
      return StringUtils.hasText(uri)
          ? ConditionOutcome.noMatch("spring.neo4j.uri is set to " + uri)
          : ConditionOutcome.match("spring.neo4j.uri is not set: embedded Neo4j");
    }
  }
}
