package dev.kb.graphql.limits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on every GraphQL request ({@code kb.graphql.limits.*}), on by default.
 *
 * @param maxDepth the deepest nesting of fields
 * @param maxComplexity the most fields a query may resolve, a paged field counted {@code first}
 *     times (or its default), another list ten times
 * @param maxAliases the most aliased fields in one document
 * @param timeout how long a query may run before its remaining fields are refused
 */
@ConfigurationProperties("kb.graphql.limits")
public record LimitsProperties(
    @DefaultValue("12") int maxDepth,
    @DefaultValue("5000") int maxComplexity,
    @DefaultValue("30") int maxAliases,
    @DefaultValue("10s") Duration timeout) {}
