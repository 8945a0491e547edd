/** GraphQL for case reports and their facts, with the evidence of each. */
@NullMarked
package dev.kb.graphql.casereport;

import org.jspecify.annotations.NullMarked;
