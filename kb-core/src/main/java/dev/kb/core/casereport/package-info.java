/**
 * Case reports as stored in the graph, and the read queries over them and their facts. Every query
 * is a text block with parameters; lists are read in one round trip per batch of parents.
 */
@NullMarked
package dev.kb.core.casereport;

import org.jspecify.annotations.NullMarked;
