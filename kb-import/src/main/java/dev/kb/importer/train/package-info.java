/**
 * Learning the drug → finding link classifier from the shared gold corpora: reading them into
 * labelled pairs, training with Tribuo, cross-validating by document, and writing the model with
 * its manifest. Used by {@code kb-import train} and {@code kb-import evaluate --cv}.
 */
@NullMarked
package dev.kb.importer.train;

import org.jspecify.annotations.NullMarked;
