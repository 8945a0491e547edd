/**
 * The brat standoff format ({@code .ann}): extractions written out, to view and correct them in the
 * brat annotation tool, and gold annotations read in, to train and score against.
 */
@NullMarked
package dev.kb.importer.brat;

import org.jspecify.annotations.NullMarked;
