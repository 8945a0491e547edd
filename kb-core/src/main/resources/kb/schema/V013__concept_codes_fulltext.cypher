// The codes a concept carries and the broader codes it lies under (its ancestors in the
// terminologies: ICD-10 categories, MeSH tree numbers and descriptors above it, Disease Ontology
// and HPO terms above it; ADR 013), indexed whole, so "every concept under C34" is one index
// look-up. The keyword analyzer keeps each code as one term, as written (codes are upper case).
CREATE FULLTEXT INDEX concept_codes IF NOT EXISTS
FOR (n:Concept) ON EACH [n.codes, n.ancestors]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
