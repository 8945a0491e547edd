CALL () {MATCH (k:`Concept`)
RETURN count(k) AS total}
CALL (*) {MATCH (k:`Concept`)
WITH k
ORDER BY toLower(k.name) ASC, toLower(k.name) ASC, k.kind ASC, k.id ASC
SKIP $offset
LIMIT $limit
RETURN collect(k{.id, .kind, .name, .synonyms, .codes, .cases}) AS page}
RETURN total, page
