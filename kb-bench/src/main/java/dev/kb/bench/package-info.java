/**
 * The benchmarks, run as {@code java -jar kb-bench/target/kb-bench.jar query|import}: the
 * researcher-query benchmark (each question asked through GraphQL over HTTP and, beside it, by
 * hand-written Cypher through the driver) and the import benchmark (lexicon load, extraction and
 * import into a fresh embedded Neo4j). Commands, not tests: they print figures and assert nothing.
 */
@NullMarked
package dev.kb.bench;

import org.jspecify.annotations.NullMarked;
