CALL () {MATCH (c:`Case`)
WHERE ((EXISTS { (c)-[hasFact:`HAS_FACT`]->(f:`Fact`)-[about:`ABOUT`]->(k:`Concept`)
WHERE (f.kind = $p0 AND (toLower(k.name) = $p1 OR any(s IN k.synonyms
WHERE toLower(s) = $p1)) AND f.polarity IN $p2 AND EXISTS { (f)<-[:`REVEALS`]-(:`Fact`)-[:`ABOUT`]->(:`Concept` {kind: $p3, id: $p4}) }) }
OR NOT (c.id IN $p5)) OR (c.patientSex = $p6 AND c.patientAge >= $p7))
RETURN count(c) AS total}
CALL (*) {MATCH (c:`Case`)
WHERE (c.importedAt IS NOT NULL AND ((EXISTS { (c)-[hasFact:`HAS_FACT`]->(f:`Fact`)-[about:`ABOUT`]->(k:`Concept`)
WHERE (f.kind = $p0 AND (toLower(k.name) = $p1 OR any(s IN k.synonyms
WHERE toLower(s) = $p1)) AND f.polarity IN $p2 AND EXISTS { (f)<-[:`REVEALS`]-(:`Fact`)-[:`ABOUT`]->(:`Concept` {kind: $p3, id: $p4}) }) }
OR NOT (c.id IN $p5)) OR (c.patientSex = $p6 AND c.patientAge >= $p7)))
WITH c
ORDER BY c.importedAt ASC, c.id ASC
SKIP $offset
LIMIT $limit
RETURN collect(c{.id, .title, .source, .text, .contentHash, .importedAt, .extractorVersion, .patientAge, .patientSex, .minConfidence, .mainDiagnosis}) AS page}
RETURN total, page
