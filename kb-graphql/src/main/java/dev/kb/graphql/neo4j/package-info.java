/**
 * Where the graph lives: an embedded Neo4j by default, or the server named by {@code
 * spring.neo4j.uri}; the schema migrated before anything is served.
 */
@NullMarked
package dev.kb.graphql.neo4j;

import org.jspecify.annotations.NullMarked;
