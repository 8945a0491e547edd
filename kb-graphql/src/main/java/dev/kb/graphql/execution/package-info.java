/** How GraphQL requests are executed: where controller methods run. */
@NullMarked
package dev.kb.graphql.execution;

import org.jspecify.annotations.NullMarked;
