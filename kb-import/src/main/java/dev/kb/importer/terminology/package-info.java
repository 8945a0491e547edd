/**
 * Terminology packs: loaders that turn public vocabularies (HPO, Disease Ontology, MONDO, MeSH,
 * DrugBank) read from a configured folder into filtered lexicon concepts, merged behind the
 * authored lexicon.
 */
@NullMarked
package dev.kb.importer.terminology;

import org.jspecify.annotations.NullMarked;
