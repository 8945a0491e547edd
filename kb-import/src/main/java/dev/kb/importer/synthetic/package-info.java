/**
 * Synthetic case reports: a seeded generator of short, realistic clinical case reports in English,
 * written from the bundled lexicon, for scale tests and benchmarks of the import and the queries.
 *
 * <p>The wording (sentence templates, the words filling them, which concepts go where) is data
 * under {@code kb/synthetic/} (see its README.md); the classes here choose and fill.
 */
@NullMarked
package dev.kb.importer.synthetic;

import org.jspecify.annotations.NullMarked;
