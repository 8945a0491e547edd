CALL () {MATCH (c:`Case`)
RETURN count(c) AS total}
CALL (*) {MATCH (c:`Case`)
WITH c
ORDER BY toLower(c.title) DESC, c.id DESC
SKIP $offset
LIMIT $limit
RETURN collect(c{.id, .title, .source, .text, .contentHash, .importedAt, .extractorVersion, .patientAge, .patientSex, .minConfidence, .mainDiagnosis}) AS page}
RETURN total, page
