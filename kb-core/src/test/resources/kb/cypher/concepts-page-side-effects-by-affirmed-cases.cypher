CALL () {MATCH (k:`Concept`)
WHERE (k.kind IN ['Symptom', 'Diagnosis'] AND EXISTS { (k)<-[r:`CAUSES`]-()
WHERE r.cases > 0 })
RETURN count(k) AS total}
CALL (*) {MATCH (k:`Concept`)
WHERE (k.kind IN ['Symptom', 'Diagnosis'] AND EXISTS { (k)<-[r:`CAUSES`]-()
WHERE r.cases > 0 })
WITH k
ORDER BY k.affirmedCases ASC, toLower(k.name) ASC, k.kind ASC, k.id ASC
SKIP $offset
LIMIT $limit
RETURN collect(k{.id, .kind, .name, .synonyms, .codes, .cases}) AS page}
RETURN total, page
