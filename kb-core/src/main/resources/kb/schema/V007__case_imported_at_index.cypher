// Lists of cases are ordered by import time, newest first: an index gives that order without
// sorting every case.
CREATE INDEX case_imported_at IF NOT EXISTS FOR (c:Case) ON (c.importedAt);
