// Unique ids: a case, a fact, and a concept within each of the five kinds.
CREATE CONSTRAINT case_id IF NOT EXISTS FOR (c:Case) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT case_content_hash IF NOT EXISTS FOR (c:Case) REQUIRE c.contentHash IS UNIQUE;
CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (f:Fact) REQUIRE f.id IS UNIQUE;
CREATE CONSTRAINT symptom_id IF NOT EXISTS FOR (n:Symptom) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT investigation_id IF NOT EXISTS FOR (n:Investigation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT diagnosis_id IF NOT EXISTS FOR (n:Diagnosis) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT drug_id IF NOT EXISTS FOR (n:Drug) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT side_effect_id IF NOT EXISTS FOR (n:SideEffect) REQUIRE n.id IS UNIQUE;
CREATE INDEX fact_kind IF NOT EXISTS FOR (f:Fact) ON (f.kind);
CREATE INDEX concept_kind IF NOT EXISTS FOR (n:Concept) ON (n.kind);
CREATE INDEX concept_kind_id IF NOT EXISTS FOR (n:Concept) ON (n.kind, n.id);
