/** Relay cursor connections: pages, edges and opaque cursors. */
@NullMarked
package dev.kb.graphql.paging;

import org.jspecify.annotations.NullMarked;
