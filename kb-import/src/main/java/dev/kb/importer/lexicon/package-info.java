/**
 * The lexicon: concepts with their names, synonyms and codes, loaded from the bundled TSV files,
 * and the longest-match lookup of those names in tokenised text.
 */
@NullMarked
package dev.kb.importer.lexicon;

import org.jspecify.annotations.NullMarked;
