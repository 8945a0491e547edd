/**
 * The {@code kb-import} command line: import case reports into Neo4j (embedded or a server), and
 * extract them to brat or JSON lines files without a database.
 */
@NullMarked
package dev.kb.importer.cli;

import org.jspecify.annotations.NullMarked;
