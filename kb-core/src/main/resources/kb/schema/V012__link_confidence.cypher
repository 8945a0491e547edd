// Facts and the links between them carry a confidence, and a case the minimum confidence its
// links were counted with (ADR 006). Those stored before were asserted by rules, without a
// probability: confidence 1.0, and every link counted (minimum 0). Knowledge edges count the
// confident links (cases, mentions) and all links (allCases, allMentions): before, the two were
// the same. In batches, each statement only touching what it has not done yet.
MATCH (f:Fact) WHERE f.confidence IS NULL
CALL (f) { SET f.confidence = 1.0 } IN TRANSACTIONS OF 10000 ROWS;
MATCH (:Fact)-[r:TREATS|CAUSES|REVEALS]->(:Fact) WHERE r.confidence IS NULL
CALL (r) { SET r.confidence = 1.0 } IN TRANSACTIONS OF 10000 ROWS;
MATCH (c:Case) WHERE c.minConfidence IS NULL
CALL (c) { SET c.minConfidence = 0.0 } IN TRANSACTIONS OF 10000 ROWS;
MATCH (:Concept)-[r:TREATS|CAUSES|REVEALS|PRESENTS_WITH]->(:Concept) WHERE r.allCases IS NULL
CALL (r) { SET r.allCases = r.cases, r.allMentions = r.mentions } IN TRANSACTIONS OF 10000 ROWS;
