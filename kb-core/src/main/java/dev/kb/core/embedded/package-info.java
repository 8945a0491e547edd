/**
 * An embedded Neo4j started in-process, its store in a folder kept across restarts, reached by
 * clients over its Bolt connector on the loopback address exactly as a server would be.
 */
@NullMarked
package dev.kb.core.embedded;

import org.jspecify.annotations.NullMarked;
