/**
 * Output of extractions in the brat standoff format ({@code .ann}), to view and correct them in the
 * brat annotation tool and to compare them with gold annotations.
 */
@NullMarked
package dev.kb.importer.brat;

import org.jspecify.annotations.NullMarked;
