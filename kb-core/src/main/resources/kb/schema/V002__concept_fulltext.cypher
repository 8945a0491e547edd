// Search over concept names and synonyms, of every kind (all concepts also carry :Concept).
CREATE FULLTEXT INDEX concept_names IF NOT EXISTS
FOR (n:Concept) ON EACH [n.name, n.synonyms];
