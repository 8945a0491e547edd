/** How failures reach GraphQL clients: classified, with a message and no internals. */
@NullMarked
package dev.kb.graphql.error;

import org.jspecify.annotations.NullMarked;
