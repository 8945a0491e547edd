UNWIND $keys AS key
MATCH (k:`Concept` {kind: key.kind, id: key.id})
CALL (k) {CALL (*) {MATCH (k)-[r:`CAUSES`]->(b:`Concept`)
RETURN r, k AS a, b}
WITH r, a, b
ORDER BY r.allCases DESC, r.absentCases DESC, b.name ASC, a.name ASC
LIMIT $limit
RETURN collect({relation: type(r), from: a{.id, .kind, .name, .synonyms, .codes, .cases}, to: b{.id, .kind, .name, .synonyms, .codes, .cases}, cases: r.cases, absentCases: r.absentCases, mentions: r.mentions, allCases: r.allCases, allMentions: r.allMentions}) AS edges}
RETURN key.kind AS kind, key.id AS id, edges, COUNT { (k)-[r:`CAUSES`]->() }
AS total
