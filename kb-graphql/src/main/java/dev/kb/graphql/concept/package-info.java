/** GraphQL for the concepts merged across cases, of all five kinds. */
@NullMarked
package dev.kb.graphql.concept;

import org.jspecify.annotations.NullMarked;
