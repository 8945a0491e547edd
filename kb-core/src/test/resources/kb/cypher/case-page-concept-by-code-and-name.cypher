CALL () {MATCH (ak:`Concept` {kind: $p0, id: $p1})<-[:`ABOUT`]-(af:`Fact`)<-[:`HAS_FACT`]-(c:`Case`)
WHERE (any(code IN ak.codes
WHERE (toUpper(code) = toUpper($p2) OR (NOT ($p2 CONTAINS ':') AND toUpper(code) ENDS
WITH (':' + toUpper($p2))))) AND (toLower(ak.name) = $p3 OR any(s IN ak.synonyms
WHERE toLower(s) = $p3)) AND af.polarity IN $p4)
WITH DISTINCT c
WITH c
RETURN count(c) AS total}
CALL (*) {MATCH (af:`Fact`)-[:`ABOUT`]->(ak:`Concept`)
USING INDEX af:`Fact`(concept, caseImportedAt, caseId)
WHERE (af.concept = $p5 AND af.caseImportedAt IS NOT NULL AND af.caseId IS NOT NULL AND (any(code IN ak.codes
WHERE (toUpper(code) = toUpper($p2) OR (NOT ($p2 CONTAINS ':') AND toUpper(code) ENDS
WITH (':' + toUpper($p2))))) AND (toLower(ak.name) = $p3 OR any(s IN ak.synonyms
WHERE toLower(s) = $p3)) AND af.polarity IN $p4))
WITH DISTINCT af.concept AS concept, af.caseImportedAt AS at, af.caseId AS caseId
ORDER BY concept DESC, at DESC, caseId DESC
SKIP $offset
LIMIT $limit
MATCH (c:`Case` {id: caseId})
WITH c, concept, at, caseId
ORDER BY concept DESC, at DESC, caseId DESC
RETURN collect(c{.id, .title, .source, .text, .contentHash, .importedAt, .extractorVersion, .patientAge, .patientSex, .minConfidence, .mainDiagnosis}) AS page}
RETURN total, page
