/**
 * GraphQL for knowledge across cases: edges between concepts with their support and evidence,
 * side-effect disproportionality, investigations per diagnosis, and paths between concepts.
 */
@NullMarked
package dev.kb.graphql.knowledge;

import org.jspecify.annotations.NullMarked;
