/**
 * The researcher-query benchmark: six questions asked through GraphQL over HTTP and, beside each,
 * by hand-written Cypher through the driver. A command, not a test.
 */
@NullMarked
package dev.kb.bench;

import org.jspecify.annotations.NullMarked;
