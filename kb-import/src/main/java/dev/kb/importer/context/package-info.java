/**
 * ConText-style context rules: trigger phrases that mark nearby concepts as negated, possible,
 * historical, hypothetical or about someone other than the patient, loaded from a rules file.
 */
@NullMarked
package dev.kb.importer.context;

import org.jspecify.annotations.NullMarked;
