MATCH (af:`Fact`)<-[:`HAS_FACT`]-(c:`Case`)
WHERE (af.caseImportedAt IS NOT NULL AND af.caseId IS NOT NULL AND af.concept IN $p0 AND af.polarity IN $p1)
WITH DISTINCT c
WITH c
WHERE (c.patientSex = $p2 AND NOT (EXISTS { (c)-[hasFact:`HAS_FACT`]->(f:`Fact`)-[about:`ABOUT`]->(k:`Concept`)
WHERE (k.kind = $p3 AND k.id = $p4 AND f.polarity IN $p5) }))
WITH collect(c) AS matched
CALL (matched) {UNWIND matched AS c
WITH c
ORDER BY c.patientAge ASC, c.id ASC
SKIP $offset
LIMIT $limit
RETURN collect(c{.id, .title, .source, .text, .contentHash, .importedAt, .extractorVersion, .patientAge, .patientSex, .minConfidence, .mainDiagnosis}) AS page}
RETURN size(matched) AS total, page
