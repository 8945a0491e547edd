package dev.kb.graphql.limits;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the query limits in front of every GraphQL request (Boot adds every {@code Instrumentation}
 * bean). graphql-java's parser keeps its own guard against huge documents: many thousand tokens are
 * refused before these limits see them.
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

  @Bean
  QueryLimitsInstrumentation queryLimitsInstrumentation(LimitsProperties limits) {
    return new QueryLimitsInstrumentation(limits);
  }
}
