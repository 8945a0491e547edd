/** Small helpers shared by the Cypher read and write code: paging and value conversion. */
@NullMarked
package dev.kb.core.graph;

import org.jspecify.annotations.NullMarked;
