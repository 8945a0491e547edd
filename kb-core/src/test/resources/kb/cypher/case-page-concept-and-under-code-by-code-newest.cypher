CALL () {MATCH (ak:`Concept` {kind: $p0, id: $p1})<-[:`ABOUT`]-(af:`Fact`)<-[:`HAS_FACT`]-(c:`Case`)
WHERE (af.concept IN $p2 AND af.polarity IN $p3)
WITH DISTINCT c
WITH c
WHERE EXISTS { (c)-[hasFact:`HAS_FACT`]->(f:`Fact`)-[about:`ABOUT`]->(k:`Concept`)
WHERE (any(code IN k.codes
WHERE (toUpper(code) = toUpper($p5) OR (NOT ($p5 CONTAINS ':') AND toUpper(code) ENDS
WITH (':' + toUpper($p5))))) AND f.concept IN $p6 AND f.polarity IN $p7) }
RETURN count(c) AS total}
CALL (*) {MATCH (af:`Fact`)
USING INDEX af:`Fact`(concept, caseImportedAt, caseId)
WHERE (af.concept = $p4 AND af.caseImportedAt IS NOT NULL AND af.caseId IS NOT NULL AND af.concept IN $p2 AND af.polarity IN $p3)
WITH DISTINCT af.concept AS concept, af.caseImportedAt AS at, af.caseId AS caseId
ORDER BY concept DESC, at DESC, caseId DESC
MATCH (c:`Case` {id: caseId})
WITH c, concept, at, caseId
WHERE EXISTS { (c)-[hasFact:`HAS_FACT`]->(f:`Fact`)-[about:`ABOUT`]->(k:`Concept`)
WHERE (any(code IN k.codes
WHERE (toUpper(code) = toUpper($p5) OR (NOT ($p5 CONTAINS ':') AND toUpper(code) ENDS
WITH (':' + toUpper($p5))))) AND f.concept IN $p6 AND f.polarity IN $p7) }
WITH c, concept, at, caseId
ORDER BY concept DESC, at DESC, caseId DESC
SKIP $offset
LIMIT $limit
WITH c, concept, at, caseId
ORDER BY concept DESC, at DESC, caseId DESC
RETURN collect(c{.id, .title, .source, .text, .contentHash, .importedAt, .extractorVersion, .patientAge, .patientSex, .minConfidence, .mainDiagnosis}) AS page}
RETURN total, page
