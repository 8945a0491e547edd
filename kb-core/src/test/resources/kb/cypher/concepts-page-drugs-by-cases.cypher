CALL () {MATCH (k:`Concept`)
WHERE k.kind = $kind
RETURN count(k) AS total}
CALL (*) {MATCH (k:`Concept`)
WHERE k.kind = $kind
WITH k
ORDER BY k.cases DESC, toLower(k.name) ASC, k.kind ASC, k.id ASC
SKIP $offset
LIMIT $limit
RETURN collect(k{.id, .kind, .name, .synonyms, .codes, .cases}) AS page}
RETURN total, page
