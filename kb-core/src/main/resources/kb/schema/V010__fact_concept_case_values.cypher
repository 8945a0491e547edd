// Fills in the keys of V009 on facts imported before it, in batches: a store of 100,000 cases
// holds millions of facts. Runs again from where it stopped if interrupted.
MATCH (c:Case)-[:HAS_FACT]->(f:Fact)-[:ABOUT]->(k:Concept)
WHERE f.concept IS NULL
CALL (c, f, k) {
  SET f.concept = k.kind + '/' + k.id, f.caseImportedAt = c.importedAt, f.caseId = c.id
} IN TRANSACTIONS OF 10000 ROWS;
