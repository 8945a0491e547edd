/**
 * Full-text search over concept names and synonyms and over case texts, tolerant of spelling
 * mistakes, with user input turned into a safe Lucene query.
 */
@NullMarked
package dev.kb.core.search;

import org.jspecify.annotations.NullMarked;
