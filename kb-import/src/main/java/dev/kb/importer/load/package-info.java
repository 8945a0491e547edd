/**
 * Loading case reports into Neo4j: checking each document, extracting its facts, and writing the
 * case with its facts in one transaction, idempotently by content hash.
 */
@NullMarked
package dev.kb.importer.load;

import org.jspecify.annotations.NullMarked;
