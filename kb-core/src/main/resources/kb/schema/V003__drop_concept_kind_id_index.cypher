// Makes way for the concept_key constraint (V004), whose backing index covers the same (kind, id).
// Schema changes on one index cannot share a transaction, hence two migrations.
DROP INDEX concept_kind_id IF EXISTS;
