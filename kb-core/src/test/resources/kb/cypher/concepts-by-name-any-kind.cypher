MATCH (k:`Concept`)
WHERE (toLower(k.name) = $name OR any(s IN k.synonyms
WHERE toLower(s) = $name))
RETURN k{.id, .kind, .name, .synonyms, .codes, .cases}
AS k
ORDER BY k.kind ASC, k.name ASC
