/**
 * The educators' playground: GraphiQL with lessons, the graph explorer and the case view, served
 * with their own assets so they work with no internet.
 */
@NullMarked
package dev.kb.graphql.playground;

import org.jspecify.annotations.NullMarked;
