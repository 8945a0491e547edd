/**
 * Evaluation of the extractor against gold corpora: MACCROBAT brat entities and negation, ADE drug
 * → adverse-effect pairs, and BC5CDR PubTator chemical and disease mentions.
 */
@NullMarked
package dev.kb.importer.evaluate;

import org.jspecify.annotations.NullMarked;
