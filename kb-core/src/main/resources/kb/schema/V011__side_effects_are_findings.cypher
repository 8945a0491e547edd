// A side effect is a kind of fact, not of concept (ADR 006). The facts about each SideEffect node
// move to the Symptom or Diagnosis node of the same id (the Symptom when both exist; created when
// neither does, as a Diagnosis for a MONDO or DOID id, else as a Symptom). The knowledge edges the
// SideEffect node had (CAUSES from drugs, REVEALS from investigations) are recomputed on the
// finding from the links of its facts, since a case may have linked both a symptom fact and a side
// effect fact of the same finding; then the finding's case counts from its facts. The SideEffect
// node goes last. One transaction per 100 SideEffect nodes: after a crash, a rerun starts with the
// nodes left.
MATCH (s:SideEffect)
CALL (s) {
  OPTIONAL MATCH (symptom:Symptom {id: s.id})
  OPTIONAL MATCH (diagnosis:Diagnosis {id: s.id})
  WITH s, coalesce(symptom, diagnosis) AS existing,
       CASE WHEN s.id STARTS WITH 'MONDO:' OR s.id STARTS WITH 'DOID:' THEN 'Diagnosis'
            ELSE 'Symptom' END AS kind
  CALL (s, existing, kind) {
    WITH s, kind, existing WHERE existing IS NULL
    CREATE (n:Concept {kind: kind, id: s.id, name: s.name})
    SET n:$(kind), n.synonyms = s.synonyms, n.codes = s.codes
    RETURN n
    UNION
    WITH existing WHERE existing IS NOT NULL
    RETURN existing AS n
  }
  WITH s, n AS finding
  CALL (s) {
    OPTIONAL MATCH (a:Concept)-[old:TREATS|CAUSES|REVEALS]->(s)
    RETURN collect(CASE WHEN old IS NULL THEN null ELSE {from: a, type: type(old)} END) AS edges
  }
  CALL (s, finding) {
    MATCH (f:Fact)-[about:ABOUT]->(s)
    CREATE (f)-[:ABOUT]->(finding)
    SET f.concept = finding.kind + '/' + finding.id
    DELETE about
  }
  CALL (edges, finding) {
    UNWIND edges AS edge
    WITH edge.from AS a, edge.type AS type, finding
    CALL (a, type, finding) {
      MATCH (a)<-[:ABOUT]-(x:Fact)-[link]->(:Fact)-[:ABOUT]->(finding)
      WHERE type(link) = type
      MATCH (c:Case)-[:HAS_FACT]->(x)
      RETURN count(DISTINCT c) AS cases, count(link) AS mentions
    }
    MERGE (a)-[e:$(type)]->(finding)
    SET e.cases = cases, e.mentions = mentions, e.absentCases = 0
  }
  CALL (finding) {
    OPTIONAL MATCH (finding)<-[:ABOUT]-(f:Fact)<-[:HAS_FACT]-(c:Case)
    RETURN count(DISTINCT c) AS mentioned,
           count(DISTINCT CASE WHEN f.polarity = 'AFFIRMED' THEN c END) AS affirmed
  }
  SET finding.cases = mentioned, finding.affirmedCases = affirmed
  DETACH DELETE s
} IN TRANSACTIONS OF 100 ROWS;
