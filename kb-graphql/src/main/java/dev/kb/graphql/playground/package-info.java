/** The GraphiQL playground, served with its own assets so it works with no internet. */
@NullMarked
package dev.kb.graphql.playground;

import org.jspecify.annotations.NullMarked;
