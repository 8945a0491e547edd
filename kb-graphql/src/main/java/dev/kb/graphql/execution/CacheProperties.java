package dev.kb.graphql.execution;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The API's caches ({@code kb.graphql.*}).
 *
 * @param documentCache parsed and validated query documents kept for reuse
 * @param edgeCache knowledge edges kept from pages already read
 */
@ConfigurationProperties("kb.graphql")
public record CacheProperties(
    @DefaultValue DocumentCache documentCache, @DefaultValue EdgeCache edgeCache) {

  /**
   * @param size documents kept, those sent often kept over those sent once ({@code
   *     kb.graphql.document-cache.size}; 0: none)
   */
  public record DocumentCache(@DefaultValue("500") int size) {}

  /**
   * @param edges knowledge edges kept while the graph has not changed ({@code
   *     kb.graphql.edge-cache.edges}; 0: none)
   */
  public record EdgeCache(@DefaultValue("50000") int edges) {}
}
