/**
 * The shared gold corpora (ADE-Corpus-V2, BC5CDR, MACCROBAT) read into one shape: texts, gold drug
 * and finding mentions, and which drug caused which finding. The link trainer learns from them; the
 * evaluation scores relations against them.
 */
@NullMarked
package dev.kb.importer.corpus;

import org.jspecify.annotations.NullMarked;
