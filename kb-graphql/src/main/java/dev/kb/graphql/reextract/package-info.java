/**
 * Re-extraction at start-up ({@code kb.reextract-on-start}): stored cases read by another
 * extractor, or counted with another minimum confidence, are read again in the background.
 */
@NullMarked
package dev.kb.graphql.reextract;

import org.jspecify.annotations.NullMarked;
