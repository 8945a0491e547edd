// No query looks concepts or facts up by kind alone: concepts are found by the (kind, id) key,
// facts from their case or concept. The two indexes on kind cost a write per fact imported, and the
// planner sometimes chose the one on concepts for a (kind, id) look-up and scanned every concept of
// that kind.
DROP INDEX concept_kind IF EXISTS;
DROP INDEX fact_kind IF EXISTS;
