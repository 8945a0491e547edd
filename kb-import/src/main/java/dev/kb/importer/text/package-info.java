/**
 * Text handling for the extractor: title and sentence boundaries, tokens with offsets into the
 * original text, and the normalisation that lets "diarrhoea" match "diarrhea".
 */
@NullMarked
package dev.kb.importer.text;

import org.jspecify.annotations.NullMarked;
