CALL () {MATCH (c:`Case`)
WHERE (c.patientAge >= $p0 AND c.patientAge <= $p1 AND c.patientSex = $p2)
RETURN count(c) AS total}
CALL (*) {MATCH (c:`Case`)
WHERE (c.importedAt IS NOT NULL AND c.patientAge >= $p0 AND c.patientAge <= $p1 AND c.patientSex = $p2)
WITH c
ORDER BY c.importedAt DESC, c.id DESC
SKIP $offset
LIMIT $limit
RETURN collect(c{.id, .title, .source, .text, .contentHash, .importedAt, .extractorVersion, .patientAge, .patientSex, .minConfidence, .mainDiagnosis}) AS page}
RETURN total, page
