// A concept's cases in import order, from its facts: each fact carries its concept's key
// ("Diagnosis/MONDO:0005989"), its case's import time and id (the loader sets them). A list of the
// cases that mention a concept then reads one page from this index instead of sorting them all.
CREATE INDEX fact_concept_case IF NOT EXISTS
FOR (f:Fact) ON (f.concept, f.caseImportedAt, f.caseId);
