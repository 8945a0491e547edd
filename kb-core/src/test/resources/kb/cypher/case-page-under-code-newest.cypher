MATCH (af:`Fact`)<-[:`HAS_FACT`]-(c:`Case`)
WHERE (af.caseImportedAt IS NOT NULL AND af.caseId IS NOT NULL AND af.concept IN $p0 AND af.polarity IN $p1)
WITH DISTINCT c
WITH c
WITH collect(c) AS matched
CALL (matched) {UNWIND matched AS c
WITH c
ORDER BY c.importedAt DESC, c.id DESC
SKIP $offset
LIMIT $limit
RETURN collect(c{.id, .title, .source, .text, .contentHash, .importedAt, .extractorVersion, .patientAge, .patientSex, .minConfidence, .mainDiagnosis}) AS page}
RETURN size(matched) AS total, page
