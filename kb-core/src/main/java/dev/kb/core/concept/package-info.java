/**
 * Medical concepts of the knowledge base: the five kinds and the concept value shared by the
 * extractor, the graph and the API. Plain Java, no database or web types.
 */
@NullMarked
package dev.kb.core.concept;

import org.jspecify.annotations.NullMarked;
