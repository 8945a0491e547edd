/**
 * Limits that keep a public GraphQL endpoint safe from abusive queries: depth, complexity, aliases
 * and time, each with an error that says which limit and by how much.
 */
@NullMarked
package dev.kb.graphql.limits;

import org.jspecify.annotations.NullMarked;
