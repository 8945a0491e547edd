// Each concept counts the cases that mention it (`cases`) and those that affirm it
// (`affirmedCases`); the loader keeps both in step from now on. This fills them in for cases
// imported before.
MATCH (k:Concept)
CALL (k) {
  OPTIONAL MATCH (k)<-[:ABOUT]-(f:Fact)<-[:HAS_FACT]-(c:Case)
  RETURN count(DISTINCT c) AS mentioned,
         count(DISTINCT CASE WHEN f.polarity = 'AFFIRMED' THEN c END) AS affirmed
}
SET k.cases = mentioned, k.affirmedCases = affirmed;
