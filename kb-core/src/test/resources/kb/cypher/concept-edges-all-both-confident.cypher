UNWIND $keys AS key
MATCH (k:`Concept` {kind: key.kind, id: key.id})
CALL (k) {CALL (*) {MATCH (k)-[r:`TREATS`|`CAUSES`|`PRESENTS_WITH`|`REVEALS`]->(b:`Concept`)
WHERE (r.cases > 0 OR r.absentCases > 0)
RETURN r, k AS a, b
UNION
MATCH (a:`Concept`)-[r:`TREATS`|`CAUSES`|`PRESENTS_WITH`|`REVEALS`]->(k)
WHERE (r.cases > 0 OR r.absentCases > 0)
RETURN r, a, k AS b}
WITH r, a, b
ORDER BY r.cases DESC, r.absentCases DESC, b.name ASC, a.name ASC
LIMIT $limit
RETURN collect({relation: type(r), from: a{.id, .kind, .name, .synonyms, .codes, .cases}, to: b{.id, .kind, .name, .synonyms, .codes, .cases}, cases: r.cases, absentCases: r.absentCases, mentions: r.mentions, allCases: r.allCases, allMentions: r.allMentions}) AS edges}
RETURN key.kind AS kind, key.id AS id, edges, COUNT { (k)-[r:`TREATS`|`CAUSES`|`PRESENTS_WITH`|`REVEALS`]-()
WHERE (r.cases > 0 OR r.absentCases > 0) }
AS total
