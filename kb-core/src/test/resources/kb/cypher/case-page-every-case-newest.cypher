CALL () {MATCH (c:`Case`)
RETURN count(c) AS total}
CALL (*) {MATCH (c:`Case`)
WHERE c.importedAt IS NOT NULL
WITH c
ORDER BY c.importedAt DESC, c.id DESC
SKIP $offset
LIMIT $limit
RETURN collect(c{.id, .title, .source, .text, .contentHash, .importedAt, .extractorVersion, .patientAge, .patientSex, .minConfidence, .mainDiagnosis}) AS page}
RETURN total, page
