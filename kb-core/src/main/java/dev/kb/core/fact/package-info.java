/**
 * Facts about a case and their context: polarity, certainty, temporality, experiencer, and the
 * evidence that ties each fact to the words of the case text. Plain Java values.
 */
@NullMarked
package dev.kb.core.fact;

import org.jspecify.annotations.NullMarked;
