/** Small helpers shared by the Cypher read code: paging, value conversion, full-text queries. */
@NullMarked
package dev.kb.core.graph;

import org.jspecify.annotations.NullMarked;
