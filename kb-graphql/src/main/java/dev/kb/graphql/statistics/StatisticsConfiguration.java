package dev.kb.graphql.statistics;

import dev.kb.core.casereport.CaseCounts;
import dev.kb.core.graph.Reads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The counts over filtered cases, read like every other query (see {@link Reads}). */
@Configuration(proxyBeanMethods = false)
class StatisticsConfiguration {

  @Bean
  CaseCounts caseCounts(Reads reads) {
    return new CaseCounts(reads);
  }
}
