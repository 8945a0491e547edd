MATCH (ak:`Concept` {kind: $p0, id: $p1})<-[:`ABOUT`]-(af:`Fact`)<-[:`HAS_FACT`]-(c:`Case`)
WHERE (af.polarity IN $p2 AND af.certainty IN $p3)
WITH DISTINCT c
WITH c
WITH collect(c) AS matched
CALL (matched) {UNWIND matched AS c
WITH c
ORDER BY c.patientAge ASC, c.id ASC
SKIP $offset
LIMIT $limit
RETURN collect(c{.id, .title, .source, .text, .contentHash, .importedAt, .extractorVersion, .patientAge, .patientSex, .minConfidence, .mainDiagnosis}) AS page}
RETURN size(matched) AS total, page
