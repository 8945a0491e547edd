/**
 * The extraction engine: case report text in, concept mentions with context and relations out.
 * Plain Java: no database, Spring or web types, so it can be tested and benchmarked alone.
 */
@NullMarked
package dev.kb.importer.extract;

import org.jspecify.annotations.NullMarked;
