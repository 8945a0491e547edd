/**
 * Knowledge across cases: the edges between concepts (drug treats diagnosis, drug causes finding,
 * diagnosis presents with symptom, investigation reveals finding) with their support counts over
 * confident links and over all links, the evidence behind each, disproportionality of side effects,
 * and paths between concepts.
 */
@NullMarked
package dev.kb.core.knowledge;

import org.jspecify.annotations.NullMarked;
