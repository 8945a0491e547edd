/**
 * The graph schema: constraints and indexes as versioned Cypher migrations, applied idempotently at
 * start-up against embedded Neo4j or a server alike.
 */
@NullMarked
package dev.kb.core.schema;

import org.jspecify.annotations.NullMarked;
