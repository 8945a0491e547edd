/** GraphQL search over concepts and cases, and look-ups by code and by name. */
@NullMarked
package dev.kb.graphql.search;

import org.jspecify.annotations.NullMarked;
