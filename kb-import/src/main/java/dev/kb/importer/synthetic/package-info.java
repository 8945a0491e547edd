/**
 * Synthetic case reports: a seeded generator of short, realistic clinical case reports in English,
 * written from the bundled lexicon, for scale tests and benchmarks of the import and the queries.
 */
@NullMarked
package dev.kb.importer.synthetic;

import org.jspecify.annotations.NullMarked;
