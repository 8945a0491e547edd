// Concepts are merged on (kind, id) through the Concept label: one constraint serves every kind,
// lets MERGE use an index seek with a static label, and keeps concurrent importers from creating
// the same concept twice.
CREATE CONSTRAINT concept_key IF NOT EXISTS FOR (n:Concept) REQUIRE (n.kind, n.id) IS UNIQUE;
