CALL () {MATCH (ak:`Concept` {kind: $p0, id: $p1})<-[:`ABOUT`]-(af:`Fact`)<-[:`HAS_FACT`]-(c:`Case`)
WHERE af.polarity IN $p2
WITH DISTINCT c
WITH c
WHERE c.patientAge <= $p4
RETURN count(c) AS total}
CALL (*) {MATCH (af:`Fact`)
USING INDEX af:`Fact`(concept, caseImportedAt, caseId)
WHERE (af.concept = $p3 AND af.caseImportedAt IS NOT NULL AND af.caseId IS NOT NULL AND af.polarity IN $p2)
WITH DISTINCT af.concept AS concept, af.caseImportedAt AS at, af.caseId AS caseId
ORDER BY concept DESC, at DESC, caseId DESC
MATCH (c:`Case` {id: caseId})
WITH c, concept, at, caseId
WHERE c.patientAge <= $p4
WITH c, concept, at, caseId
ORDER BY concept DESC, at DESC, caseId DESC
SKIP $offset
LIMIT $limit
WITH c, concept, at, caseId
ORDER BY concept DESC, at DESC, caseId DESC
RETURN collect(c{.id, .title, .source, .text, .contentHash, .importedAt, .extractorVersion, .patientAge, .patientSex, .minConfidence, .mainDiagnosis}) AS page}
RETURN total, page
